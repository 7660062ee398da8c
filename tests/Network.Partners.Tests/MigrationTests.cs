using Network.Partners.Persistence;
using Network.Testing.Databases;

namespace Network.Partners.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<PartnersDbContext>(options => new PartnersDbContext(options)),
            "The model changed without a migration: run dotnet ef migrations add in services/partners/Network.Partners."
        );
}
