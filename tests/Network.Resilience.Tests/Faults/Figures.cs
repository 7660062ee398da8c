using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Resilience.Tests.Faults;

/// <summary>What one partner's row of the coordinator's per-partner table says about the activity a test
/// causes.</summary>
internal sealed record PartnerFigures(int EventsPublished, int Lent, int Borrowed);

/// <summary>
/// The activity figures a fault test writes into, as the coordinator reads them (the overview and the per-partner
/// table), all time: network totals are never suppressed, so each is an exact count. Records compare by value, so a
/// test asserts the whole set at once and a failure shows every figure.
/// </summary>
internal sealed record Figures(
    int ActivePartners,
    int PartnerRows,
    int Published,
    int Registrations,
    int ReferralsSent,
    int ReferralsOpen,
    int Loans,
    PartnerFigures A,
    PartnerFigures B
)
{
    public static async Task<Figures> ReadAsync(HttpClient coordinator)
    {
        var overview = await coordinator.GetFromJsonAsync<JsonElement>(
            new Uri("/api/activity/overview", UriKind.Relative)
        );
        var rows = await PartnerRowsAsync(coordinator);
        var events = overview.GetProperty("events");
        var referrals = overview.GetProperty("referrals");
        return new Figures(
            overview.GetProperty("partners").GetProperty("active").GetInt32(),
            rows.Count,
            events.GetProperty("published").GetInt32(),
            events.GetProperty("registrations").GetInt32(),
            referrals.GetProperty("sent").GetInt32(),
            referrals.GetProperty("open").GetInt32(),
            overview.GetProperty("equipment").GetProperty("loans").GetInt32(),
            Row(rows, Platform.DemoUsers.PartnerA),
            Row(rows, Platform.DemoUsers.PartnerB)
        );
    }

    /// <summary>These figures after <paramref name="delta"/> has been accepted: what the activity service must end
    /// with.</summary>
    public Figures After(Writes delta) =>
        this with
        {
            ActivePartners = ActivePartners + delta.Partners.Count,
            PartnerRows = PartnerRows + delta.Partners.Count,
            Published = Published + delta.Published,
            Registrations = Registrations + delta.Seats,
            ReferralsSent = ReferralsSent + delta.Referrals,
            ReferralsOpen = ReferralsOpen + delta.Referrals,
            Loans = Loans + delta.Loans,
            A = A with { EventsPublished = A.EventsPublished + delta.Published, Lent = A.Lent + delta.Loans },
            B = B with { Borrowed = B.Borrowed + delta.Loans },
        };

    /// <summary>
    /// The referrals A sent and B received in the per-partner table are those the referrals service itself counts, or
    /// suppressed: always under 5, and above when another partner's small count would otherwise be derived from the
    /// network total (the activity service's complementary suppression, which depends on every partner's figures).
    /// </summary>
    public static async Task AssertPartnerReferralsAsync(HttpClient coordinator, int sentByA, int receivedByB)
    {
        var rows = await PartnerRowsAsync(coordinator);
        var sent = NullableInt(
            rows.Single(r => r.GetProperty("partnerId").GetGuid() == Platform.DemoUsers.PartnerA)
                .GetProperty("referralsSent")
        );
        var received = NullableInt(
            rows.Single(r => r.GetProperty("partnerId").GetGuid() == Platform.DemoUsers.PartnerB)
                .GetProperty("referralsReceived")
                .GetProperty("sent")
        );
        Assert.True(sent is null || (sent == sentByA && sentByA >= 5), $"A sent {sentByA}, the table says {sent}");
        Assert.True(
            received is null || (received == receivedByB && receivedByB >= 5),
            $"B received {receivedByB}, the table says {received}"
        );
    }

    private static PartnerFigures Row(List<JsonElement> rows, Guid partner)
    {
        var row = rows.Single(r => r.GetProperty("partnerId").GetGuid() == partner);
        var equipment = row.GetProperty("equipment");
        return new PartnerFigures(
            row.GetProperty("events").GetProperty("published").GetInt32(),
            equipment.GetProperty("lent").GetInt32(),
            equipment.GetProperty("borrowed").GetInt32()
        );
    }

    private static int? NullableInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static async Task<List<JsonElement>> PartnerRowsAsync(HttpClient coordinator)
    {
        var rows = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await coordinator.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/activity/partners?pageSize=100&page={page}", UriKind.Relative)
            );
            rows.AddRange(list.GetProperty("items").EnumerateArray());
            if (page * 100 >= list.GetProperty("total").GetInt32())
            {
                return rows;
            }
        }
    }
}
