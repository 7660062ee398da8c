using System.Globalization;
using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>One answer of the activity service, as its reader got it.</summary>
public sealed record ActivityResponse(string Reader, string Path, string Body);

/// <summary>Everything the coordinator reads of the network's activity, and a partner's own overview.</summary>
public sealed class ActivityReads(Cast cast)
{
    public async Task<(int ReferralsSent, int Loans)> NetworkTotalsAsync()
    {
        var overview = await cast.Coordinator.ReadAsync("/api/activity/overview");
        return (
            overview.GetProperty("referrals").GetProperty("sent").GetInt32(),
            overview.GetProperty("equipment").GetProperty("loans").GetInt32()
        );
    }

    /// <summary>Waits until the activity service has counted the journeys' referrals and loan.</summary>
    public Task WaitForAsync(int referralsSent, int loans) =>
        Eventually.AssertAsync(
            async () =>
                await NetworkTotalsAsync() is var totals
                && totals.ReferralsSent >= referralsSent
                && totals.Loans >= loans,
            $"the activity service counts {referralsSent} referrals sent and {loans} loans"
        );

    public async Task<IReadOnlyList<ActivityResponse>> ReadEverythingAsync()
    {
        var from = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var period = $"from={from}&to={to}";
        string[] coordinatorPaths =
        [
            "/api/activity/overview",
            $"/api/activity/overview?{period}",
            $"/api/activity/overview?{period}&commune=Grasse",
            $"/api/activity/overview?{period}&partnerId={DemoUsers.PartnerB}",
            $"/api/activity/timeseries?granularity=week&{period}",
            "/api/activity/timeseries?granularity=month",
            $"/api/activity/partners?{period}",
            "/api/activity/partners",
            $"/api/activity/referral-flows?{period}",
            "/api/activity/referrals/pending",
            "/api/activity/referrals/pending?olderThanDays=0",
            $"/api/activity/export.csv?{period}",
            "/api/activity/export.csv",
        ];
        string[] partnerPaths =
        [
            "/api/activity/overview",
            $"/api/activity/overview?{period}",
            $"/api/activity/timeseries?granularity=week&{period}",
        ];

        var responses = new List<ActivityResponse>();
        foreach (var path in coordinatorPaths)
        {
            responses.Add(new ActivityResponse(DemoUsers.Coordinator, path, await cast.Coordinator.GetTextAsync(path)));
        }

        foreach (var (reader, client) in new[] { (DemoUsers.StaffA, cast.StaffA), (DemoUsers.StaffB, cast.StaffB) })
        {
            foreach (var path in partnerPaths)
            {
                responses.Add(new ActivityResponse(reader, path, await client.GetTextAsync(path)));
            }
        }
        return responses;
    }
}
