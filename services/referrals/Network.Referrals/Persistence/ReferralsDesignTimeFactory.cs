using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;

namespace Network.Referrals.Persistence;

internal sealed class ReferralsDesignTimeFactory : ServerDesignTimeFactory<ReferralsDbContext>
{
    protected override ReferralsDbContext Create(DbContextOptions<ReferralsDbContext> options) =>
        new(options, PersonalDataProtector.Ephemeral());
}
