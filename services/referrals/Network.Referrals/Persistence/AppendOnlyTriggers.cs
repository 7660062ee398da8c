using Microsoft.EntityFrameworkCore;

namespace Network.Referrals.Persistence;

/// <summary>
/// The database's own refusal to change or delete a row of the status history or the access log, whatever
/// the path (a raw statement, a bulk update, another tool). SQL Server and PostgreSQL get them from their migrations,
/// SQLite
/// (whose schema comes from the model) from <see cref="AppendOnlyTriggersSetup"/> at start.
/// </summary>
internal static class AppendOnlyTriggers
{
    public const string History = "ReferralHistory";
    public const string AccessLog = "ReferralAccessLog";

    public static readonly string[] Tables = [History, AccessLog];

    public static string TriggerName(string table) => $"{table}_AppendOnly";

    public static string SqlServer(string table) =>
        $"""
            CREATE TRIGGER [{TriggerName(table)}] ON [{table}] INSTEAD OF UPDATE, DELETE AS
            BEGIN
                THROW 51000, '{table} is append-only.', 1;
            END
            """;

    /// <summary>A trigger function of the table's name, raising before any row is updated or deleted.</summary>
    public static string PostgreSql(string table) =>
        $"""
            CREATE FUNCTION "{TriggerName(table)}"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{table} is append-only.' USING ERRCODE = 'restrict_violation';
            END $$;
            CREATE TRIGGER "{TriggerName(table)}" BEFORE UPDATE OR DELETE ON "{table}"
                FOR EACH ROW EXECUTE FUNCTION "{TriggerName(table)}"();
            """;

    public static string DropPostgreSql(string table) =>
        $"""
            DROP TRIGGER "{TriggerName(table)}" ON "{table}";
            DROP FUNCTION "{TriggerName(table)}"();
            """;

    public static IEnumerable<string> Sqlite(string table)
    {
        foreach (var operation in new[] { "UPDATE", "DELETE" })
        {
            yield return $"""
                CREATE TRIGGER IF NOT EXISTS "{TriggerName(table)}_{operation}" BEFORE {operation} ON "{table}"
                BEGIN SELECT RAISE(ABORT, '{table} is append-only.'); END;
                """;
        }
    }
}

/// <summary>Creates the SQLite triggers once the schema exists; it starts after the database initializer.</summary>
internal sealed class AppendOnlyTriggersSetup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        if (!db.Database.IsSqlite())
        {
            return;
        }

        foreach (var statement in AppendOnlyTriggers.Tables.SelectMany(AppendOnlyTriggers.Sqlite))
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
