using Microsoft.EntityFrameworkCore;
using Network.Referrals.Privacy;
using Network.ServiceDefaults.Persistence;

namespace Network.Referrals.Persistence;

internal sealed class ReferralsDesignTimeFactory : SqlServerDesignTimeFactory<ReferralsDbContext>
{
    protected override ReferralsDbContext Create(DbContextOptions<ReferralsDbContext> options) => new(options, PersonalDataProtector.Ephemeral());
}
