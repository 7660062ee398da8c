using Network.Partners.Persistence;
using Network.Testing.Databases;

namespace Network.Partners.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_and_postgresql_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<PartnersDbContext>(options => new PartnersDbContext(options)),
            "The model changed without a migration: run ./network.sh migration partners NAME."
        );
}
