using Network.Events.Persistence;
using Network.ServiceDefaults.Protection;
using Network.Testing.Databases;

namespace Network.Events.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<EventsDbContext>(options => new EventsDbContext(
                options,
                PersonalDataProtector.Ephemeral()
            )),
            "The model changed without a migration: run dotnet ef migrations add in services/events/Network.Events."
        );
}
