using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Events.Persistence;
using Network.ServiceDefaults.Notices;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>The mail server away for a while: the notices wait, are tried again with a growing wait, and each reaches
/// its registrant once when it is back.</summary>
public sealed class MailOutageTests(TestInfrastructure infrastructure) : MailTest(infrastructure)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Notices:RetryAfter"] = "00:00:00.100";
        settings["Notices:MaxAttempts"] = "30";
    }

    [Fact]
    public async Task Every_notice_is_delivered_once_the_mail_server_returns()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        await Inbox.StopAsync();
        using var anonymous = Anonymous();
        var names = new[] { "awa", "louis", "marc", "ines" };
        foreach (var name in names)
        {
            await RegisterAsync(anonymous, eventId, new { firstName = name, email = $"{name}@example.org" });
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(db =>
                    db.Notices.CountAsync(n => n.Outcome == NoticeOutcome.Pending && n.Attempts >= 2)
                        .ContinueWith(count => count.Result == names.Length, TaskScheduler.Default)
                ),
            "every notice failed at least twice while the server is away"
        );
        await Inbox.StartAgainAsync();

        foreach (var name in names)
        {
            await MailsAsync($"{name}@example.org", "Inscription confirmée");
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<EventsDbContext, bool>(db =>
                    db.Notices.AllAsync(n => n.Outcome == NoticeOutcome.Sent)
                ),
            "every notice is marked sent"
        );
        Assert.Equal(names.Length, Inbox.Messages.Count);
    }
}

/// <summary>A notice that never goes through ends failed after its last attempt, and the staff's call list counts
/// it.</summary>
public sealed class MailNeverBackTests(TestInfrastructure infrastructure) : MailTest(infrastructure)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Notices:RetryAfter"] = "00:00:00.100";
        settings["Notices:MaxAttempts"] = "3";
    }

    [Fact]
    public async Task A_notice_that_never_goes_through_ends_failed_on_the_call_list()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        await Inbox.StopAsync();
        var awa = await RegisterAsync(Anonymous(), eventId, new { firstName = "Awa", email = "awa@example.org" });
        var awaId = awa.GetProperty("id").GetGuid();

        using var staff = StaffOf(Organiser);
        await Eventually.AssertAsync(
            async () =>
                (
                    await staff.GetFromJsonAsync<JsonElement>(
                        new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
                    )
                )[0]
                    .GetProperty("undeliveredNotices")
                    .GetInt32() == 1,
            "the confirmation Awa never got is on the call list"
        );
        var notice = await Service.WithScopeAsync<EventsDbContext, Notice>(db =>
            db.Notices.SingleAsync(n => n.SubjectId == awaId)
        );
        Assert.Equal((NoticeOutcome.Failed, 3), (notice.Outcome, notice.Attempts));
        await Inbox.StartAgainAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(Inbox.Messages);
    }
}
