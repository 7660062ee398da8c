using Network.Referrals.Persistence;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Replicas;

namespace Network.Referrals.Api;

internal static class ReferralsApi
{
    /// <summary>
    /// Every route requires a signed-in user; who may see a referral is decided per referral, and anybody who
    /// may not is told it does not exist (404), the coordinator included.
    /// </summary>
    public static void MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/api/referrals")
            .WithTags("Referrals")
            .RequireAuthorization()
            .RequirePartnerStanding();
        referrals.MapReferralsEndpoints();
        referrals.MapTransitionEndpoints();
        referrals.MapCommentsEndpoints();
        referrals.MapRecordsEndpoints();
        referrals.MapPrivacyEndpoints();
        referrals.MapUndeliveredNotices<ReferralsDbContext>();
    }
}
