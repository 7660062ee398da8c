using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Notices;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Events.Tests;

/// <summary>
/// Registering a contact that already holds seats, without staff rights: the answer is the one a new registration
/// gets, nothing of the existing registration shows or changes, and its holder hears of it with a way to cancel.
/// </summary>
public sealed class AnonymousDuplicateTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private const string Portal = "https://portail.example.org/";

    private readonly string _pickup = Path.Combine(
        Path.GetTempPath(),
        "network-duplicates-" + Guid.NewGuid().ToString("N")
    );

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Notices:PickupDirectory"] = _pickup;
        settings["Notices:PollInterval"] = "00:00:00.200";
        settings["Notices:PortalUrl"] = Portal;
        settings["Events:AnonymousMaxSeats"] = "3";
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
    public async Task A_stranger_registering_a_registered_address_gets_a_new_looking_answer_that_changes_nothing()
    {
        var eventId = await PublishedEventAsync(capacity: 3);
        using var anonymous = Anonymous();
        var awa = await RegisterAsync(
            anonymous,
            eventId,
            new
            {
                firstName = "Awa",
                email = "awa@example.org",
                seats = 2,
            }
        );
        var awaId = awa.Body.GetProperty("id").GetGuid();

        var fits = await RegisterAsync(
            anonymous,
            eventId,
            new
            {
                firstName = "Inconnu",
                email = "AWA@example.org",
                seats = 1,
            }
        );
        var waits = await RegisterAsync(
            anonymous,
            eventId,
            new
            {
                firstName = "Inconnu",
                email = "awa@example.org",
                seats = 2,
            }
        );

        // The answer a newcomer gets, its status computed from the seats asked, nothing of Awa's registration in it.
        Assert.Equal(Fields(awa.Body), Fields(fits.Body));
        Assert.Equal(("confirmed", 1, JsonValueKind.Null), Summary(fits.Body));
        Assert.Equal(("waitlisted", 2, JsonValueKind.Number), Summary(waits.Body));
        Assert.Equal(1, waits.Body.GetProperty("waitlistPosition").GetInt32());
        Assert.DoesNotContain(awaId.ToString(), fits.Text + waits.Text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(
            $"/registrations/{fits.Body.GetProperty("id").GetGuid()}",
            fits.Location,
            StringComparison.Ordinal
        );
        Assert.Equal(32, fits.Body.GetProperty("cancellationToken").GetString()!.Length);

        // Cancelling with that answer answers as a cancellation does, and cancels nothing.
        var standIn = $"/api/events/{eventId}/registrations/{fits.Body.GetProperty("id").GetGuid()}";
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await anonymous.DeleteAsync(new Uri($"{standIn}?token=not-the-token", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await anonymous.DeleteAsync(
                    new Uri(
                        $"{standIn}?token={fits.Body.GetProperty("cancellationToken").GetString()}",
                        UriKind.Relative
                    )
                )
            ).StatusCode
        );

        using var staff = StaffOf(Organiser);
        var attendee = Assert.Single(
            (
                await staff.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
                )
            ).EnumerateArray()
        );
        Assert.Equal(
            ("Awa", 2, "confirmed"),
            (
                attendee.GetProperty("firstName").GetString(),
                attendee.GetProperty("seats").GetInt32(),
                attendee.GetProperty("status").GetString()
            )
        );
        var detail = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative));
        Assert.Equal(
            (2, 0),
            (detail.GetProperty("seatsTaken").GetInt32(), detail.GetProperty("waitlistLength").GetInt32())
        );

        // Awa hears of it once, in her own name, with a link that cancels her registration; her first token still
        // works.
        await Eventually.AssertAsync(
            () => Task.FromResult(Mails().Count(IsAttempt) == 1),
            "the holder is told of the attempt"
        );
        var mail = Assert.Single(Mails(), IsAttempt);
        Assert.Contains("awa@example.org", mail, StringComparison.Ordinal);
        Assert.Contains("Bonjour Awa", mail, StringComparison.Ordinal);
        Assert.Contains("votre inscription est maintenue (2 places, confirmée)", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("Inconnu", mail, StringComparison.Ordinal);
        Assert.Equal(
            1,
            await Service.WithScopeAsync<EventsDbContext, int>(db =>
                db.Notices.CountAsync(n => n.Kind == nameof(NoticeKind.RegistrationAttempted))
            )
        );
        // The e-mail is written before the notice's outcome and the e-mailed token are saved together.
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(db =>
                    db.Notices.AnyAsync(n =>
                        n.Kind == nameof(NoticeKind.RegistrationAttempted) && n.Outcome == NoticeOutcome.Sent
                    )
                ),
            "the notice and its token are saved"
        );
        var link = Regex.Match(
            mail,
            $@"{Regex.Escape(Portal)}inscription/annuler\?atelier={eventId}&inscription={awaId}&jeton=([A-Za-z0-9_\-]+)"
        );
        Assert.True(link.Success, mail);
        var own = $"/api/events/{eventId}/registrations/{awaId}";
        Assert.Equal(
            HttpStatusCode.NoContent,
            (await anonymous.DeleteAsync(new Uri($"{own}?token={link.Groups[1].Value}", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await anonymous.DeleteAsync(
                    new Uri($"{own}?token={awa.Body.GetProperty("cancellationToken").GetString()}", UriKind.Relative)
                )
            ).StatusCode
        );
        Assert.Equal(
            "cancelled",
            (
                await staff.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
                )
            )[0]
                .GetProperty("status")
                .GetString()
        );
    }

    [Fact]
    public async Task A_holder_without_an_email_is_not_counted_as_owed_a_notice_and_a_signed_in_newcomer_is_the_public()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        using var anonymous = Anonymous();
        using var newcomer = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Newcomer()));
        var marc = await RegisterAsync(anonymous, eventId, new { firstName = "Marc", phone = "06 11 22 33 44" });

        var again = await RegisterAsync(newcomer, eventId, new { firstName = "Inconnu", phone = "0611223344" });

        Assert.NotEqual(marc.Body.GetProperty("id").GetGuid(), again.Body.GetProperty("id").GetGuid());
        using var staff = StaffOf(Organiser);
        var attendee = Assert.Single(
            (
                await staff.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
                )
            ).EnumerateArray()
        );
        Assert.Equal(
            ("Marc", 0, false),
            (
                attendee.GetProperty("firstName").GetString(),
                attendee.GetProperty("undeliveredNotices").GetInt32(),
                attendee.GetProperty("byStaff").GetBoolean()
            )
        );
        Assert.Equal(0, await Service.WithScopeAsync<EventsDbContext, int>(db => db.Notices.CountAsync()));
    }

    [Fact]
    public async Task The_public_takes_at_most_the_configured_seats_and_staff_up_to_ten()
    {
        var eventId = await PublishedEventAsync(capacity: 20);
        using var anonymous = Anonymous();
        using var staff = StaffOf(Organiser);

        var tooMany = await anonymous.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName = "Awa", seats = 4 }
        );
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.True(
            (await tooMany.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("seats", out _)
        );
        await RegisterAsync(anonymous, eventId, new { firstName = "Awa", seats = 3 });
        await RegisterAsync(staff, eventId, new { firstName = "Louis", seats = 10 });
    }

    private static async Task<(JsonElement Body, string Text, string Location)> RegisterAsync(
        HttpClient client,
        Guid eventId,
        object body
    )
    {
        var response = await client.PostAsJsonAsync($"/api/events/{eventId}/registrations", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return (JsonDocument.Parse(text).RootElement.Clone(), text, response.Headers.Location!.ToString());
    }

    private static List<string> Fields(JsonElement body) =>
        [.. body.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}").Order()];

    private static (string?, int, JsonValueKind) Summary(JsonElement body) =>
        (
            body.GetProperty("status").GetString(),
            body.GetProperty("seats").GetInt32(),
            body.GetProperty("waitlistPosition").ValueKind
        );

    private List<string> Mails() => MailText.All(_pickup);

    private static bool IsAttempt(string mail) =>
        mail.Contains("Subject: Nouvelle demande d'inscription", StringComparison.Ordinal);
}
