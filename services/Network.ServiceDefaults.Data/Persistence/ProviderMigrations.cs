using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// One model per service, one set of migrations per server provider, in the service's own assembly: SQL Server's in
/// <c>Persistence/Migrations</c>, PostgreSQL's in <c>Persistence/Migrations/PostgreSql</c> (the namespace ending in
/// <see cref="PostgreSqlNamespace"/>). The migrator, and <c>dotnet ef</c> through the design-time factory, see only
/// the set of the provider in use: EF Core's "migrations with multiple providers", without a second assembly.
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is EF Core's own implementation, extended rather than copied.
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger
) : Microsoft.EntityFrameworkCore.Migrations.Internal.MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public const string PostgreSqlNamespace = ".PostgreSql";

    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly bool _postgreSql = currentContext.Context.Database.IsNpgsql();

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        field ??= base
            .Migrations.Where(migration => Belongs(migration.Value))
            .ToDictionary(migration => migration.Key, migration => migration.Value);

    public override ModelSnapshot? ModelSnapshot =>
        field ??= Assembly
            .DefinedTypes.Where(type =>
                !type.IsAbstract
                && type.IsSubclassOf(typeof(ModelSnapshot))
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
                && Belongs(type)
            )
            .Select(type => (ModelSnapshot)Activator.CreateInstance(type.AsType())!)
            .FirstOrDefault();

    private bool Belongs(Type type) =>
        (type.Namespace ?? "").EndsWith(PostgreSqlNamespace, StringComparison.Ordinal) == _postgreSql;
}
#pragma warning restore EF1001
