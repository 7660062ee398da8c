using System.Net;
using Network.Referrals.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>
/// A structure put on hold reads its referrals and acts on none (403); one that left the network reaches none of
/// them (404), on every route, whichever side of the referral it is on.
/// </summary>
public sealed class PartnerStandingTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    [Fact]
    public async Task A_suspended_receiver_reads_every_referral_route_and_acts_on_none()
    {
        var id = await SendAsync();
        await ChangeAsync(Receiver, "suspended");

        using var receiver = StaffOf(Receiver);
        using var admin = AdminOf(Receiver);
        var failures = new List<string>();
        foreach (var (method, path) in Routes(id))
        {
            var expected = method == "GET" ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var client =
                path.EndsWith("access-log", StringComparison.Ordinal)
                || path.EndsWith("erase", StringComparison.Ordinal)
                    ? admin
                    : receiver;
            using var answer = await client.SendAsync(Request(method, path));
            if (answer.StatusCode != expected)
            {
                failures.Add($"{method} {path}: {(int)answer.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(
            "sent",
            (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}")).GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task An_archived_sender_gets_404_on_every_referral_route_and_the_receiver_goes_on()
    {
        var id = await SendAsync();
        await ChangeAsync(Sender, "archived");

        using var sender = StaffOf(Sender);
        using var admin = AdminOf(Sender);
        var failures = new List<string>();
        foreach (var (method, path) in Routes(id))
        {
            foreach (var client in new[] { sender, admin })
            {
                using var answer = await client.SendAsync(Request(method, path));
                if (answer.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{method} {path}: {(int)answer.StatusCode}, expected 404");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(StaffOf(Receiver), id, "accept")).StatusCode);
    }

    /// <summary>Every route of the referrals service, on one referral.</summary>
    private static (string Method, string Path)[] Routes(Guid id) =>
        [
            ("GET", "/api/referrals/needs"),
            ("GET", "/api/referrals"),
            ("POST", "/api/referrals"),
            ("GET", $"/api/referrals/{id}"),
            ("GET", $"/api/referrals/{id}/comments"),
            ("GET", $"/api/referrals/{id}/history"),
            ("GET", $"/api/referrals/{id}/access-log"),
            ("POST", $"/api/referrals/{id}/comments"),
            ("POST", $"/api/referrals/{id}/accept"),
            ("POST", $"/api/referrals/{id}/decline"),
            ("POST", $"/api/referrals/{id}/complete"),
            ("POST", $"/api/referrals/{id}/no-show"),
            ("POST", $"/api/referrals/{id}/cancel"),
            ("POST", $"/api/referrals/{id}/consent/withdraw"),
            ("POST", $"/api/referrals/{id}/erase"),
        ];

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content =
                method == "POST"
                    ? System.Net.Http.Json.JsonContent.Create(new { text = "Rappel.", reason = "Plus besoin." })
                    : null,
        };

    private async Task ChangeAsync(Guid partner, string status)
    {
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            await AnnounceAsync(publisher, partner, status);
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<ReferralsDbContext, bool>(async db =>
                    (await db.Partners.FindAsync(partner))!.Status == status
                ),
            $"the replica knows the partner is {status}"
        );
    }
}
