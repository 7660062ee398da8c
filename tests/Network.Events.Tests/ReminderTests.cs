using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Notices;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Events.Tests;

/// <summary>
/// The reminder before a workshop: once per confirmed registration made before the window, with two instances of the
/// service writing and sending; none for a cancelled workshop, for a registration stopped by its link, nor for one made
/// inside the window.
/// </summary>
public sealed class ReminderTests(TestInfrastructure infrastructure) : MailTest(infrastructure)
{
    [Fact]
    public async Task A_workshop_in_47_hours_gets_one_reminder_per_confirmed_registration_with_two_instances()
    {
        await using var second = new ServiceFactory<EventsDbContext>(Settings);
        await second.StartAsync();
        var soon = await PublishedEventAsync(capacity: 4, startsIn: TimeSpan.FromHours(47));
        var cancelled = await PublishedEventAsync(capacity: 5, startsIn: TimeSpan.FromHours(47));
        using var anonymous = Anonymous();
        var awa = await RegisterAsync(anonymous, soon, new { firstName = "Awa", email = "awa@example.org" });
        var zoe = await RegisterAsync(anonymous, soon, new { firstName = "Zoé", email = "zoe@example.org" });
        var marc = await RegisterAsync(anonymous, soon, new { firstName = "Marc", phone = "06 11 22 33 44" });
        var late = await RegisterAsync(anonymous, soon, new { firstName = "Louis", email = "louis@example.org" });
        var waiting = await RegisterAsync(anonymous, soon, new { firstName = "Inès", email = "ines@example.org" });
        var other = await RegisterAsync(anonymous, cancelled, new { firstName = "Paul", email = "paul@example.org" });
        await MailsAsync("zoe@example.org", "Inscription confirmée");
        await Stop(zoe);
        using var staff = StaffOf(Organiser);
        (
            await staff.PostAsync(
                new Uri($"/api/events/{cancelled}/cancel", UriKind.Relative),
                System.Net.Http.Json.JsonContent.Create(new { reason = "Salle indisponible" })
            )
        ).EnsureSuccessStatusCode();
        // All but Louis registered a week ago, before the window opened; Louis just did, and was just told.
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
        {
            var earlier = new[] { awa, zoe, marc, waiting, other }.Select(r => r.GetProperty("id").GetGuid()).ToList();
            return db
                .Registrations.Where(r => earlier.Contains(r.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.CreatedAt, DateTimeOffset.UtcNow.AddDays(-7)));
        });

        var reminder = Assert.Single(await MailsAsync("awa@example.org", "Rappel : Café IA"));
        Assert.Contains("Nous vous rappelons votre inscription", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lieu : Centre social Les Moulins", reminder.TextBody, StringComparison.Ordinal);
        LinkTo(reminder, "inscription/annuler");
        LinkTo(reminder, "inscription/ne-plus-recevoir");
        // Several rounds of both instances later, still one.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(Inbox.To("awa@example.org"), m => m.Subject!.StartsWith("Rappel", StringComparison.Ordinal));
        var reminders = await Service.WithScopeAsync<EventsDbContext, List<Notice>>(db =>
            db.Notices.Where(n => n.Kind == nameof(NoticeKind.EventReminder)).ToListAsync()
        );
        var only = Assert.Single(reminders);
        Assert.Equal(
            (awa.GetProperty("id").GetGuid(), NoticeOutcome.Sent, 1),
            (only.SubjectId, only.Outcome, only.Attempts)
        );
        foreach (
            var address in new[] { "zoe@example.org", "louis@example.org", "ines@example.org", "paul@example.org" }
        )
        {
            Assert.DoesNotContain(Inbox.To(address), m => m.Subject!.StartsWith("Rappel", StringComparison.Ordinal));
        }

        Assert.Equal("waitlisted", waiting.GetProperty("status").GetString());
        Assert.NotEqual(default, late.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_workshop_moved_to_a_later_time_after_its_reminder_is_reminded_of_again_before_the_new_time()
    {
        var eventId = await PublishedEventAsync(capacity: 4, startsIn: TimeSpan.FromHours(47));
        using var anonymous = Anonymous();
        var awa = (await RegisterAsync(anonymous, eventId, new { firstName = "Awa", email = "awa@example.org" }))
            .GetProperty("id")
            .GetGuid();
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
            db.Registrations.Where(r => r.Id == awa)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.CreatedAt, DateTimeOffset.UtcNow.AddDays(-7)))
        );
        await MailsAsync("awa@example.org", "Rappel : Café IA");

        var later = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(6).AddHours(13), TimeSpan.Zero);
        using var staff = StaffOf(Organiser);
        var current = await staff.GetAsync(new Uri($"/api/events/{eventId}", UriKind.Relative));
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{eventId}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(EventBody(4, later - DateTimeOffset.UtcNow)),
        };
        edit.Headers.IfMatch.Add(current.Headers.ETag!);
        (await staff.SendAsync(edit)).EnsureSuccessStatusCode();
        await MailsAsync("awa@example.org", "Changement d'horaire : Café IA");
        Assert.Equal(
            0,
            await Service.WithScopeAsync<EventsDbContext, int>(db =>
                db.Notices.CountAsync(n => n.SubjectId == awa && n.Kind == nameof(NoticeKind.EventReminder))
            )
        );

        // Days pass: the new time comes within the reminder's 48 hours.
        var startsAt = DateTimeOffset.UtcNow.AddHours(40);
        await Service.WithScopeAsync<EventsDbContext, int>(db =>
            db.Events.Where(e => e.Id == eventId)
                .ExecuteUpdateAsync(set =>
                    set.SetProperty(e => e.StartsAt, startsAt).SetProperty(e => e.EndsAt, startsAt.AddHours(2))
                )
        );
        var reminders = await MailsAsync("awa@example.org", "Rappel : Café IA", count: 2);
        Assert.Equal(2, reminders.Count);
    }

    private async Task Stop(JsonElement registration)
    {
        var mail = Assert.Single(Inbox.To("zoe@example.org"));
        var stop = LinkTo(mail, "inscription/ne-plus-recevoir");
        using var anonymous = Anonymous();
        (
            await anonymous.PostAsync(
                new Uri(
                    $"/api/events/{registration.GetProperty("eventId")}/registrations/{registration.GetProperty("id")}"
                        + $"/stop-notices?token={Uri.EscapeDataString(TokenOf(stop))}",
                    UriKind.Relative
                ),
                null
            )
        ).EnsureSuccessStatusCode();
    }
}
