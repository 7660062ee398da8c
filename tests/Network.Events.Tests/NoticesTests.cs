using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>Registrants hear of a promotion, a new time and a cancellation by e-mail; those without one are flagged to
/// call.</summary>
public sealed class NoticesTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private readonly string _pickup = Path.Combine(
        Path.GetTempPath(),
        "network-notices-" + Guid.NewGuid().ToString("N")
    );

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notices:PickupDirectory"] = _pickup;
        settings["Notices:PollInterval"] = "00:00:00.200";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Fact]
    public async Task Promotion_new_time_and_cancellation_reach_registrants_and_the_unreachable_are_flagged()
    {
        var eventId = await PublishedEventAsync(capacity: 1);
        using var anonymous = Anonymous();
        var awa = await RegisterAsync(anonymous, eventId, new { firstName = "Awa", email = "awa@example.org" });
        await RegisterAsync(anonymous, eventId, new { firstName = "Louis", email = "louis@example.org" });
        await RegisterAsync(anonymous, eventId, new { firstName = "Marc", phone = "06 11 22 33 44" });

        var cancelled = await anonymous.DeleteAsync(
            new Uri(
                $"/api/events/{eventId}/registrations/{awa.GetProperty("id")}"
                    + $"?token={awa.GetProperty("cancellationToken")}",
                UriKind.Relative
            )
        );
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        await Eventually.AssertAsync(() => Task.FromResult(Mails().Count == 1), "the promoted registrant is told");

        using var staff = StaffOf(Organiser);
        var current = await staff.GetAsync(new Uri($"/api/events/{eventId}", UriKind.Relative));
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var newStart = new DateTimeOffset(DateTime.UtcNow.Year + 1, 2, 2, 13, 30, 0, TimeSpan.Zero);
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{eventId}")
        {
            Content = JsonContent.Create(
                new
                {
                    title = "Café IA",
                    category = "cafe-ia",
                    startsAt = newStart,
                    endsAt = newStart.AddHours(2),
                    capacity = 1,
                    location = new
                    {
                        name = "Centre social Les Moulins",
                        postalCode = "06200",
                        commune = "Nice",
                    },
                }
            ),
        };
        edit.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(edit)).StatusCode);
        (
            await staff.PostAsJsonAsync($"/api/events/{eventId}/cancel", new { reason = "Intervenant absent" })
        ).EnsureSuccessStatusCode();

        await Eventually.AssertAsync(
            () => Task.FromResult(Mails().Count == 3),
            "the confirmed registrant is told of the new time and the cancellation"
        );
        var mails = Mails();
        Assert.All(mails, mail => Assert.Contains("louis@example.org", mail, StringComparison.Ordinal));
        Assert.Contains(mails, mail => mail.Contains("Une place s'est libérée", StringComparison.Ordinal));
        Assert.Contains(mails, mail =>
            mail.Contains($"le mardi 2 février {newStart.Year} de 14 h 30 à 16 h 30", StringComparison.Ordinal)
        );
        Assert.Contains(mails, mail => mail.Contains("Motif : Intervenant absent", StringComparison.Ordinal));
        Assert.All(mails, mail => Assert.Contains("Bonjour Louis", mail, StringComparison.Ordinal));
        Assert.Equal(14, TimeZoneInfo.ConvertTime(newStart, paris).Hour);

        var attendees = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
        );
        Assert.Equal(
            [("Awa", 0), ("Louis", 0), ("Marc", 2)],
            attendees
                .EnumerateArray()
                .Select(a => (a.GetProperty("firstName").GetString(), a.GetProperty("undeliveredNotices").GetInt32()))
        );
    }

    [Fact]
    public async Task A_title_stored_with_a_line_break_still_reaches_registrants_on_one_subject_line()
    {
        var eventId = await PublishedEventAsync(capacity: 5);
        await RegisterAsync(Anonymous(), eventId, new { firstName = "Louis", email = "louis@example.org" });
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
            db.Events.Where(e => e.Id == eventId)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.Title, "Café IA\r\nBcc: x@y.fr"))
        );

        using var staff = StaffOf(Organiser);
        (
            await staff.PostAsJsonAsync($"/api/events/{eventId}/cancel", new { reason = "Intervenant absent" })
        ).EnsureSuccessStatusCode();

        await Eventually.AssertAsync(
            () => Task.FromResult(Mails().Count == 1),
            "the registrant is told of the cancellation"
        );
        Assert.Contains("Subject: Annulation : Café IA  Bcc: x@y.fr\n", Mails().Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(
            "\r\nBcc:",
            File.ReadAllText(Directory.GetFiles(_pickup, "*.eml").Single()),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_notice_that_can_never_be_sent_fails_at_once_and_is_counted_for_the_staff_to_call()
    {
        var eventId = await PublishedEventAsync(capacity: 5);
        var awa = await RegisterAsync(Anonymous(), eventId, new { firstName = "Awa", email = "awa@example.org" });
        await RegisterAsync(Anonymous(), eventId, new { firstName = "Louis", email = "louis@example.org" });
        // An address kept from before today's rules, of which System.Net.Mail cannot make a recipient: no retry helps.
        var awaId = awa.GetProperty("id").GetGuid();
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
            db.Registrations.Where(r => r.Id == awaId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Email, "awa@@example.org"))
        );

        using var staff = StaffOf(Organiser);
        (
            await staff.PostAsJsonAsync($"/api/events/{eventId}/cancel", new { reason = "Intervenant absent" })
        ).EnsureSuccessStatusCode();

        await Eventually.AssertAsync(
            async () =>
            {
                var attendees = await staff.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
                );
                return attendees
                        .EnumerateArray()
                        .Single(a => a.GetProperty("id").GetGuid() == awaId)
                        .GetProperty("undeliveredNotices")
                        .GetInt32() == 1;
            },
            "the notice Awa cannot get is counted for the staff"
        );
        await Eventually.AssertAsync(() => Task.FromResult(Mails().Count == 1), "Louis is told all the same");
        var failed = await Service.WithScopeAsync<EventsDbContext, RegistrantNotice>(db =>
            db.Notices.SingleAsync(n => n.RegistrationId == awaId)
        );
        Assert.Equal((NoticeOutcome.Failed, 1), (failed.Outcome, failed.Attempts));
    }

    /// <summary>The messages dropped in the pickup folder, their body decoded.</summary>
    private List<string> Mails() => MailText.All(_pickup);

    private static async Task<JsonElement> RegisterAsync(HttpClient client, Guid eventId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/events/{eventId}/registrations", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
