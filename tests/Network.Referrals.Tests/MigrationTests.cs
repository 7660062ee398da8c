using Network.Referrals.Persistence;
using Network.ServiceDefaults.Protection;
using Network.Testing.Databases;

namespace Network.Referrals.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_sql_server_and_postgresql_migrations_describe_the_current_model() =>
        Assert.False(
            Migrations.HavePendingModelChanges<ReferralsDbContext>(options => new ReferralsDbContext(
                options,
                PersonalDataProtector.Ephemeral()
            )),
            "The model changed without a migration: run ./network.sh migration referrals NAME."
        );
}
