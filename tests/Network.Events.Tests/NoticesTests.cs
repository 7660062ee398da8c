using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Notices;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>
/// Registrants hear by e-mail of their registration (with the workshop as an .ics), of their place on the waitlist, of
/// a promotion, a new time and a cancellation; every e-mail stops the next ones with a link; those without an address
/// are flagged to call.
/// </summary>
public sealed class NoticesTests(TestInfrastructure infrastructure) : MailTest(infrastructure)
{
    private const string Title = "Café IA : l'intelligence artificielle et nous";

    [Fact]
    public async Task A_confirmation_names_the_workshop_carries_it_as_ics_and_links_to_cancel_and_to_stop()
    {
        var eventId = await PublishedEventAsync(capacity: 5);
        var awa = await RegisterAsync(
            Anonymous(),
            eventId,
            new
            {
                firstName = "Awa",
                email = "awa@example.org",
                seats = 2,
            }
        );

        var mail = Assert.Single(await MailsAsync("awa@example.org", "Inscription confirmée"));
        Assert.Equal($"Inscription confirmée : {Title}", mail.Subject);
        Assert.Contains("Bonjour Awa", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("(2 places)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(
            "Lieu : Centre social Les Moulins, 5 boulevard Paul Montel, 06200 Nice.",
            mail.TextBody,
            StringComparison.Ordinal
        );
        Assert.Contains("<p>Bonjour Awa,</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(new Uri($"{Portal}ateliers/{eventId}"), LinkTo(mail, $"ateliers/{eventId}"));

        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var ics = new MemoryStream();
        await attachment.Content!.DecodeToAsync(ics);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(ics.ToArray()))!;
        var vevent = Assert.Single(calendar.Events);
        var workshop = await Service.WithScopeAsync<EventsDbContext, Event>(db =>
            db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId)
        );
        Assert.Equal((eventId.ToString(), Title, "CONFIRMED"), (vevent.Uid, vevent.Summary, vevent.Status));
        Assert.Equal(workshop.StartsAt.UtcDateTime, vevent.DtStart!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(workshop.EndsAt.UtcDateTime, vevent.DtEnd!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Contains("Centre social Les Moulins", vevent.Location, StringComparison.Ordinal);

        var cancel = LinkTo(mail, "inscription/annuler");
        var stop = LinkTo(mail, "inscription/ne-plus-recevoir");
        Assert.Contains(
            $"atelier={eventId}&inscription={awa.GetProperty("id")}",
            cancel.Query,
            StringComparison.Ordinal
        );
        Assert.Equal(TokenOf(cancel), TokenOf(stop));

        // The link stops the messages: the new time reaches Louis, not Awa, whose registration stands.
        await RegisterAsync(Anonymous(), eventId, new { firstName = "Louis", email = "louis@example.org" });
        var own = $"/api/events/{eventId}/registrations/{awa.GetProperty("id")}";
        using var anonymous = Anonymous();
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await anonymous.PostAsync(new Uri($"{own}/stop-notices?token=wrong", UriKind.Relative), null)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await anonymous.PostAsync(new Uri($"{own}/stop-notices", UriKind.Relative), null)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await anonymous.PostAsync(
                    new Uri($"{own}/stop-notices?token={Uri.EscapeDataString(TokenOf(stop))}", UriKind.Relative),
                    null
                )
            ).StatusCode
        );
        await CancelEventAsync(eventId);
        await MailsAsync("louis@example.org", "Annulation");
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(db =>
                    db.Notices.AllAsync(n => n.Outcome != NoticeOutcome.Pending)
                ),
            "every notice is settled"
        );
        Assert.DoesNotContain(Inbox.To("awa@example.org"), m =>
            (m.Subject ?? "").StartsWith("Annulation", StringComparison.Ordinal)
        );

        // The e-mailed token cancels too, as the registration's own does.
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await anonymous.DeleteAsync(
                    new Uri($"{own}?token={Uri.EscapeDataString(TokenOf(cancel))}", UriKind.Relative)
                )
            ).StatusCode
        );
    }

    [Fact]
    public async Task Waitlist_promotion_new_time_and_cancellation_reach_registrants_and_the_unreachable_are_flagged()
    {
        var eventId = await PublishedEventAsync(capacity: 1);
        using var anonymous = Anonymous();
        var awa = await RegisterAsync(anonymous, eventId, new { firstName = "Awa", email = "awa@example.org" });
        await RegisterAsync(anonymous, eventId, new { firstName = "Louis", email = "louis@example.org" });
        await RegisterAsync(anonymous, eventId, new { firstName = "Marc", phone = "06 11 22 33 44" });

        var waitlisted = Assert.Single(await MailsAsync("louis@example.org", "Liste d'attente"));
        Assert.Contains("en position 1", waitlisted.TextBody, StringComparison.Ordinal);
        Assert.Empty(waitlisted.Attachments);
        (
            await anonymous.DeleteAsync(
                new Uri(
                    $"/api/events/{eventId}/registrations/{awa.GetProperty("id")}"
                        + $"?token={awa.GetProperty("cancellationToken")}",
                    UriKind.Relative
                )
            )
        ).EnsureSuccessStatusCode();
        var promoted = Assert.Single(await MailsAsync("louis@example.org", "Une place s'est libérée"));
        Assert.Contains($"« {Title} » est confirmée (1 place)", promoted.TextBody, StringComparison.Ordinal);

        using var staff = StaffOf(Organiser);
        var current = await staff.GetAsync(new Uri($"/api/events/{eventId}", UriKind.Relative));
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
        var moved = Assert.Single(await MailsAsync("louis@example.org", "Changement d'horaire : Café IA"));
        Assert.Contains(
            $"Nouvelle date : le mardi 2 février {newStart.Year} de 14 h 30 à 16 h 30",
            moved.TextBody,
            StringComparison.Ordinal
        );
        await CancelEventAsync(eventId);
        var cancelled = Assert.Single(await MailsAsync("louis@example.org", "Annulation : Café IA"));
        Assert.Contains("Motif : Intervenant absent", cancelled.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("inscription/annuler", cancelled.TextBody, StringComparison.Ordinal);
        Assert.All(Inbox.To("louis@example.org"), m =>
            Assert.Contains("Bonjour Louis", m.TextBody, StringComparison.Ordinal)
        );
        Assert.All(Inbox.To("louis@example.org"), m => LinkTo(m, "inscription/ne-plus-recevoir"));

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

        await CancelEventAsync(eventId);

        var mail = Assert.Single(await MailsAsync("louis@example.org", "Annulation"));
        Assert.Equal("Annulation : Café IA  Bcc: x@y.fr", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain(mail.Headers, h => h.Field == "Bcc");
    }

    [Fact]
    public async Task A_notice_that_can_never_be_sent_fails_at_once_and_is_counted_for_the_staff_to_call()
    {
        var eventId = await PublishedEventAsync(capacity: 5);
        var awa = await RegisterAsync(Anonymous(), eventId, new { firstName = "Awa", email = "awa@example.org" });
        await RegisterAsync(Anonymous(), eventId, new { firstName = "Louis", email = "louis@example.org" });
        await MailsAsync("awa@example.org", "Inscription confirmée");
        // An address kept from before today's rules, of which no recipient can be made: no retry helps.
        var awaId = awa.GetProperty("id").GetGuid();
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
            db.Registrations.Where(r => r.Id == awaId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Email, "awa@@example.org"))
        );

        await CancelEventAsync(eventId);

        using var staff = StaffOf(Organiser);
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
        await MailsAsync("louis@example.org", "Annulation");
        var failed = await Service.WithScopeAsync<EventsDbContext, Notice>(db =>
            db.Notices.SingleAsync(n => n.SubjectId == awaId && n.Kind == nameof(NoticeKind.EventCancelled))
        );
        Assert.Equal((NoticeOutcome.Failed, 1), (failed.Outcome, failed.Attempts));
    }

    private async Task CancelEventAsync(Guid eventId)
    {
        using var staff = StaffOf(Organiser);
        (
            await staff.PostAsJsonAsync($"/api/events/{eventId}/cancel", new { reason = "Intervenant absent" })
        ).EnsureSuccessStatusCode();
    }
}
