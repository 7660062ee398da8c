using Network.Equipment.Persistence;
using Network.Testing.Databases;

namespace Network.Equipment.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_and_postgresql_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<EquipmentDbContext>(options => new EquipmentDbContext(options)),
            "The model changed without a migration: run ./network.sh migration equipment NAME."
        );
}
