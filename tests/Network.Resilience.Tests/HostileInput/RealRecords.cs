using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// A few valid records made through the gateway before the hostile run, so that generated requests name real
/// resources: partner A's published event (one of a weekly series) with a registration, a referral from partner A to
/// partner B, partner A's laptop and partner B's request to borrow it.
/// </summary>
public static class RealRecords
{
    /// <summary>The ids, by the collection a path names them in (see
    /// <see cref="HostileRequestGenerator.CollectionOf"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> CreateAsync(
        RunningPlatform platform,
        ContractKnowledge contract
    )
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(contract);
        using var staffA = await platform.ClientAsync(DemoUsers.StaffA);
        using var adminA = await platform.ClientAsync(DemoUsers.AdminA);
        using var staffB = await platform.ClientAsync(DemoUsers.StaffB);
        using var anonymous = await platform.ClientAsync(null);
        var ids = new Dictionary<string, Guid> { ["partners"] = DemoUsers.PartnerA };

        var series = contract.ValidBody("EventRequest")!;
        series["recurrence"] = new JsonObject { ["frequency"] = "weekly", ["count"] = 3 };
        var occurrence = await CreateAsync(staffA, "/api/events", series);
        ids["events"] = occurrence.GetProperty("id").GetGuid();
        ids["series"] = occurrence.GetProperty("seriesId").GetGuid();
        await PostAsync(staffA, $"/api/events/{ids["events"]}/publish", null);
        ids["registrations"] = (
            await CreateAsync(
                anonymous,
                $"/api/events/{ids["events"]}/registrations",
                contract.ValidBody("RegistrationBody")!
            )
        )
            .GetProperty("id")
            .GetGuid();

        ids["referrals"] = (await CreateAsync(staffA, "/api/referrals", contract.ValidBody("ReferralRequest")!))
            .GetProperty("id")
            .GetGuid();
        ids["equipment"] = (await CreateAsync(adminA, "/api/equipment", contract.ValidBody("ItemRequest")!))
            .GetProperty("id")
            .GetGuid();
        var now = DateTimeOffset.UtcNow;
        var reservation = new JsonObject
        {
            ["from"] = ContractKnowledge.Instant(now.AddDays(2)),
            ["to"] = ContractKnowledge.Instant(now.AddDays(3)),
            ["purpose"] = "Atelier de découverte",
        };
        ids["reservations"] = (
            await CreateAsync(staffB, $"/api/equipment/{ids["equipment"]}/reservations", reservation)
        )
            .GetProperty("id")
            .GetGuid();
        await ProveValidBodiesAsync(platform, contract, ids["referrals"], staffA, staffB);
        await ProveLoanBodiesAsync(contract, ids["equipment"], staffA, adminA, staffB);
        var toCancel = await CreateAsync(staffA, "/api/events", contract.ValidBody("EventRequest")!);
        await PostAsync(
            staffA,
            $"/api/events/{toCancel.GetProperty("id").GetGuid()}/cancel",
            contract.ValidBody("CancelEventRequest")
        );
        using var coordinator = await platform.ClientAsync(DemoUsers.Coordinator);
        await PostAsync(
            coordinator,
            $"/api/partners/{DemoUsers.PartnerC}/suspend",
            contract.ValidBody("ReasonRequest")
        );
        return ids;
    }

    /// <summary>
    /// Bodies the generator starts from that no record above was made with are tried once for real, so that a body
    /// broken in one field is refused for that field, not for a mistake of the starting body.
    /// </summary>
    private static async Task ProveValidBodiesAsync(
        RunningPlatform platform,
        ContractKnowledge contract,
        Guid referral,
        HttpClient sender,
        HttpClient receiver
    )
    {
        using var applicant = await platform.ClientAsync("nouvelle.structure");
        await CreateAsync(applicant, "/api/partners", contract.ValidBody("PartnerProfileRequest")!);
        await PostAsync(sender, $"/api/referrals/{referral}/comments", contract.ValidBody("CommentRequest"));
        var accepted = (await CreateAsync(sender, "/api/referrals", contract.ValidBody("ReferralRequest")!))
            .GetProperty("id")
            .GetGuid();
        await PostAsync(receiver, $"/api/referrals/{accepted}/accept", contract.ValidBody("AcceptRequest"));
        var completed = (await CreateAsync(sender, "/api/referrals", contract.ValidBody("ReferralRequest")!))
            .GetProperty("id")
            .GetGuid();
        await PostAsync(receiver, $"/api/referrals/{completed}/accept", contract.ValidBody("AcceptRequest"));
        await PostAsync(receiver, $"/api/referrals/{completed}/complete", contract.ValidBody("CompleteRequest"));
        var declined = (await CreateAsync(sender, "/api/referrals", contract.ValidBody("ReferralRequest")!))
            .GetProperty("id")
            .GetGuid();
        await PostAsync(receiver, $"/api/referrals/{declined}/decline", contract.ValidBody("DeclineRequest"));
        var cancelled = (await CreateAsync(sender, "/api/referrals", contract.ValidBody("ReferralRequest")!))
            .GetProperty("id")
            .GetGuid();
        await PostAsync(sender, $"/api/referrals/{cancelled}/cancel", contract.ValidBody("CancelRequest"));
    }

    /// <summary>A loan of partner A's own item from now, handed over, extended and returned; another partner's request
    /// rejected.</summary>
    private static async Task ProveLoanBodiesAsync(
        ContractKnowledge contract,
        Guid item,
        HttpClient owner,
        HttpClient ownerAdmin,
        HttpClient borrower
    )
    {
        var now = DateTimeOffset.UtcNow;
        var own = new JsonObject
        {
            ["from"] = ContractKnowledge.Instant(now.AddMinutes(1)),
            ["to"] = ContractKnowledge.Instant(now.AddDays(1)),
            ["purpose"] = "Permanence numérique",
        };
        var loan = (await CreateAsync(owner, $"/api/equipment/{item}/reservations", own)).GetProperty("id").GetGuid();
        await PostAsync(owner, $"/api/equipment/reservations/{loan}/checkout", contract.ValidBody("CheckoutRequest"));
        await PostAsync(
            owner,
            $"/api/equipment/reservations/{loan}/extend",
            new JsonObject { ["to"] = ContractKnowledge.Instant(now.AddDays(1).AddHours(2)) }
        );
        await PostAsync(ownerAdmin, $"/api/equipment/reservations/{loan}/return", contract.ValidBody("ReturnRequest"));
        var request = new JsonObject
        {
            ["from"] = ContractKnowledge.Instant(now.AddDays(30)),
            ["to"] = ContractKnowledge.Instant(now.AddDays(31)),
            ["purpose"] = "Atelier",
        };
        var refused = (await CreateAsync(borrower, $"/api/equipment/{item}/reservations", request))
            .GetProperty("id")
            .GetGuid();
        await PostAsync(
            ownerAdmin,
            $"/api/equipment/reservations/{refused}/reject",
            contract.ValidBody("RejectRequest")
        );
    }

    /// <summary>Creates a record, waiting while the service's replica of the partners has not yet heard of
    /// them.</summary>
    private static async Task<JsonElement> CreateAsync(HttpClient client, string path, JsonObject body)
    {
        JsonElement created = default;
        var last = "";
        var done = await Eventually.TryAsync(
            async () =>
            {
                using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return false;
                }

                created = await response.Content.ReadFromJsonAsync<JsonElement>();
                return true;
            },
            TimeSpan.FromSeconds(90)
        );
        Assert.True(done, $"POST {path} creates a record; the last answer was {last}");
        return created;
    }

    private static async Task PostAsync(HttpClient client, string path, JsonObject? body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body ?? []);
        Assert.True(
            response.IsSuccessStatusCode,
            $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
    }
}
