using Network.Events.Persistence;
using Network.ServiceDefaults.Protection;
using Network.Testing.Databases;

namespace Network.Events.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_and_postgresql_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<EventsDbContext>(options => new EventsDbContext(
                options,
                PersonalDataProtector.Ephemeral()
            )),
            "The model changed without a migration: run ./network.sh migration events NAME."
        );
}
