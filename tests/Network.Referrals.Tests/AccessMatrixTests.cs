using System.Net;
using System.Net.Http.Json;
using Network.Testing;

namespace Network.Referrals.Tests;

/// <summary>
/// Every route, for every role: the sender's staff, the receiver's staff, the sender's admin, a third
/// partner's staff and the coordinator (404: they do not know the referral exists), anonymous (401).
/// Within a row the roles are tried in order, the one that succeeds last.
/// </summary>
public sealed class AccessMatrixTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;

    private const string Strangers = "anonymous=401 coordinator=404 third=404";

    public static TheoryData<string, string, string, string> Routes =>
        new()
        {
            // method, path after /api/referrals/{id}, state of the referral, then each role and its status, in the
            // order tried.
            { "GET", "", "sent", $"{Strangers} senderStaff=200 senderAdmin=200 receiverStaff=200 receiverAdmin=200" },
            { "POST", "accept", "sent", $"{Strangers} senderStaff=403 senderAdmin=403 receiverStaff=200" },
            { "POST", "decline", "sent", $"{Strangers} senderStaff=403 senderAdmin=403 receiverAdmin=200" },
            { "POST", "complete", "accepted", $"{Strangers} senderStaff=403 senderAdmin=403 receiverStaff=200" },
            { "POST", "no-show", "accepted", $"{Strangers} senderStaff=403 senderAdmin=403 receiverStaff=200" },
            { "POST", "cancel", "sent", $"{Strangers} receiverStaff=403 receiverAdmin=403 senderStaff=200" },
            {
                "POST",
                "comments",
                "sent",
                $"{Strangers} senderStaff=201 senderAdmin=201 receiverStaff=201 receiverAdmin=201"
            },
            {
                "GET",
                "comments",
                "sent",
                $"{Strangers} senderStaff=200 senderAdmin=200 receiverStaff=200 receiverAdmin=200"
            },
            {
                "GET",
                "history",
                "sent",
                $"{Strangers} senderStaff=200 senderAdmin=200 receiverStaff=200 receiverAdmin=200"
            },
            {
                "GET",
                "access-log",
                "sent",
                $"{Strangers} senderStaff=403 receiverStaff=403 senderAdmin=200 receiverAdmin=200"
            },
            {
                "POST",
                "erase",
                "sent",
                $"{Strangers} senderStaff=403 receiverStaff=403 senderAdmin=200 receiverAdmin=200"
            },
            { "POST", "consent/withdraw", "sent", $"{Strangers} receiverStaff=200 senderStaff=200" },
        };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_gets_what_the_contract_says(string method, string action, string state, string expected)
    {
        var id = await SendAsync();
        if (state == "accepted")
        {
            (await PostAsync(StaffOf(Receiver), id, "accept")).EnsureSuccessStatusCode();
        }

        var clients = new Dictionary<string, Func<HttpClient>>
        {
            ["anonymous"] = Anonymous,
            ["coordinator"] = Coordinator,
            ["third"] = () => StaffOf(Third),
            ["senderStaff"] = () => StaffOf(Sender),
            ["senderAdmin"] = () => AdminOf(Sender),
            ["receiverStaff"] = () => StaffOf(Receiver),
            ["receiverAdmin"] = () => AdminOf(Receiver),
        };
        foreach (
            var (role, status) in expected
                .Split(' ')
                .Select(pair => pair.Split('='))
                .Select(pair => (pair[0], int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture)))
        )
        {
            using var client = clients[role]();
            var response = await CallAsync(client, method, id, action);
            Assert.True(
                (int)response.StatusCode == status,
                $"{method} {action} as {role}: {(int)response.StatusCode}, expected {status}"
            );
        }
    }

    [Fact]
    public async Task Lists_and_creation_belong_to_partner_staff_only()
    {
        var id = await SendAsync();

        Assert.Equal(
            Unauthorized,
            (await Anonymous().GetAsync(new Uri("/api/referrals", UriKind.Relative))).StatusCode
        );
        Assert.Equal(NotFound, (await Coordinator().GetAsync(new Uri("/api/referrals", UriKind.Relative))).StatusCode);
        Assert.Equal(NotFound, (await Coordinator().PostAsJsonAsync("/api/referrals", Body(Receiver))).StatusCode);
        Assert.Equal(Unauthorized, (await Anonymous().PostAsJsonAsync("/api/referrals", Body(Receiver))).StatusCode);
        Assert.Equal(Created, (await StaffOf(Third).PostAsJsonAsync("/api/referrals", Body(Receiver))).StatusCode);

        var sent = await GetJsonAsync(StaffOf(Sender), "/api/referrals?box=sent");
        var received = await GetJsonAsync(AdminOf(Receiver), "/api/referrals?box=received&status=sent");
        var third = await GetJsonAsync(StaffOf(Third), "/api/referrals?box=sent");
        Assert.Equal(id, Assert.Single(sent.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(2, received.GetProperty("total").GetInt32());
        Assert.DoesNotContain(third.GetProperty("items").EnumerateArray(), item =>
            item.GetProperty("id").GetGuid() == id
        );
        Assert.Equal(
            0,
            (await GetJsonAsync(StaffOf(Receiver), "/api/referrals?box=sent")).GetProperty("total").GetInt32()
        );

        // Vocabulary, not data: any signed-in user reads the needs.
        Assert.Equal(Ok, (await Coordinator().GetAsync(new Uri("/api/referrals/needs", UriKind.Relative))).StatusCode);
        Assert.Equal(
            Unauthorized,
            (await Anonymous().GetAsync(new Uri("/api/referrals/needs", UriKind.Relative))).StatusCode
        );
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, string method, Guid id, string action)
    {
        var path = action.Length == 0 ? $"/api/referrals/{id}" : $"/api/referrals/{id}/{action}";
        if (method == "GET")
        {
            return client.GetAsync(new Uri(path, UriKind.Relative));
        }

        object body = action switch
        {
            "decline" => new { reason = "pas-de-place" },
            "complete" => new { outcome = "Accompagnement fait." },
            "cancel" => new { reason = "La personne a trouvé une autre solution." },
            "comments" => new { text = "Je la rappelle demain." },
            _ => new { },
        };
        return client.PostAsJsonAsync(path, body);
    }
}
