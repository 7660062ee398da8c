using Network.Events.Persistence;
using Network.Testing.Databases;

namespace Network.Events.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_migrations_describe_the_current_model()
        => Assert.False(
            Migrations.HavePendingModelChanges<EventsDbContext>(options => new EventsDbContext(options)),
            "The model changed without a migration: run dotnet ef migrations add in services/events/Network.Events.");
}
