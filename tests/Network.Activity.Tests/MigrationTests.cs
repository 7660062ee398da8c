using Network.Activity.Persistence;
using Network.Testing.Databases;

namespace Network.Activity.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_and_postgresql_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<ActivityDbContext>(options => new ActivityDbContext(options)),
            "The model changed without a migration: run ./network.sh migration activity NAME."
        );
}
