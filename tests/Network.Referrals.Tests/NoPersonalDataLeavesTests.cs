using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Network.Contracts.Events;
using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>
/// Referrals through their whole lives on the real broker — sent, read, commented, accepted with an event,
/// registered, attended, declined, no-show, cancelled, withdrawn, erased, reminded, expired, erased by
/// retention — and not one published message body, nor one log line, holds the resident's personal data.
/// </summary>
public sealed class NoPersonalDataLeavesTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private CapturedLogs Logs { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Logging:LogLevel:Default"] = "Information";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information";
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<ILoggerProvider>(Logs);
    }

    [Fact]
    public async Task No_message_and_no_log_line_carries_the_residents_personal_data()
    {
        var probes = new[]
        {
            await MessageProbe.StartAsync<ReferralSent>(RabbitMq),
            await MessageProbe.StartAsync<ReferralAccepted>(RabbitMq),
            await MessageProbe.StartAsync<ReferralDeclined>(RabbitMq),
            await MessageProbe.StartAsync<ReferralCompleted>(RabbitMq),
            await MessageProbe.StartAsync<ReferralNoShow>(RabbitMq),
            await MessageProbe.StartAsync<ReferralCancelled>(RabbitMq),
            await MessageProbe.StartAsync<ReferralExpired>(RabbitMq),
            await MessageProbe.StartAsync<ReferralAnswerOverdue>(RabbitMq),
            await MessageProbe.StartAsync<ReferralErased>(RabbitMq),
        };
        await using var events = await TestPublisher.StartAsync(RabbitMq);
        // The events service does not run here: its queue holds the command for the test to read.
        await Queues.DeclareReceiverAsync(RabbitMq, RegisterResidentForEvent.Queue);
        using var sender = StaffOf(Sender);
        using var receiver = StaffOf(Receiver);

        // Sent with an event, read in full, commented, accepted: the events service gets its command.
        var eventId = await PublishedEventAsync();
        var withEvent = await SendAsync(eventId);
        var full = await GetJsonAsync(receiver, $"/api/referrals/{withEvent}");
        Assert.Equal(Resident.LastName, full.GetProperty("resident").GetProperty("lastName").GetString());
        (
            await receiver.PostAsJsonAsync($"/api/referrals/{withEvent}/comments", new { text = Resident.Comment })
        ).EnsureSuccessStatusCode();
        (
            await PostAsync(
                receiver,
                withEvent,
                "accept",
                new { appointmentAt = _clock.GetUtcNow().AddDays(3), note = Resident.Note }
            )
        ).EnsureSuccessStatusCode();
        var command = await CommandAsync();
        // The command carries what the attendee list shows of a referred resident: a first name and an initial.
        Assert.Contains(Resident.FirstName, command, StringComparison.Ordinal);
        Assert.DoesNotContain(Resident.Email, command, StringComparison.Ordinal);
        Assert.DoesNotContain(Resident.Phone, command, StringComparison.Ordinal);
        Assert.DoesNotContain(Resident.LastName, command, StringComparison.Ordinal);
        Assert.DoesNotContain("1947", Resident.FoundIn(command));
        Assert.DoesNotContain("Nadia", command, StringComparison.Ordinal);

        // The events service answers, then reports the attendance: the referral completes.
        await events.PublishAsync(
            new ReferralRegistrationConfirmed(withEvent, eventId, Guid.NewGuid(), DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            async () => (await HistoryReasonsAsync(withEvent)).Contains("event-registered"),
            "the registration is in the history"
        );
        await events.PublishAsync(
            new ReferralAttendanceRecorded(withEvent, eventId, true, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            async () => await StatusAsync(withEvent) == "completed",
            "the attendance completes the referral"
        );

        // Every other ending.
        (
            await PostAsync(
                receiver,
                await SendAsync(),
                "decline",
                new { reason = "hors-perimetre", message = Resident.Note }
            )
        ).EnsureSuccessStatusCode();
        var noShow = await SendAsync();
        (await PostAsync(receiver, noShow, "accept")).EnsureSuccessStatusCode();
        (await PostAsync(receiver, noShow, "no-show")).EnsureSuccessStatusCode();
        (
            await PostAsync(sender, await SendAsync(), "cancel", new { reason = Resident.Note })
        ).EnsureSuccessStatusCode();
        (await PostAsync(sender, await SendAsync(), "consent/withdraw")).EnsureSuccessStatusCode();
        (await PostAsync(AdminOf(Sender), await SendAsync(), "erase")).EnsureSuccessStatusCode();

        // Left unanswered: reminded, then expired; a year later everything closed is erased.
        var unanswered = await SendAsync();
        _clock.Advance(TimeSpan.FromDays(8));
        await Eventually.AssertAsync(() => Task.FromResult(probes[7].Deliveries.Count > 0), "the receiver is reminded");
        _clock.Advance(TimeSpan.FromDays(23));
        await Eventually.AssertAsync(
            async () => await StatusAsync(unanswered) == "expired",
            "the unanswered referral expires"
        );
        _clock.Advance(TimeSpan.FromDays(366));
        await Eventually.AssertAsync(
            async () => await FirstNameAsync(unanswered) is null,
            "retention erases what was closed a year ago"
        );

        await Eventually.AssertAsync(
            () => Task.FromResult(probes.All(probe => probe.Deliveries.Count > 0)),
            "every kind of referral message was published"
        );
        foreach (var delivery in probes.SelectMany(probe => probe.Deliveries))
        {
            Assert.True(
                Resident.FoundIn(delivery.Text).Count == 0,
                $"A published message holds personal data: {delivery.Text}"
            );
        }

        Assert.Contains(Logs.Lines, line => line.Contains(withEvent.ToString(), StringComparison.Ordinal));
        var leaking = Logs.Lines.Where(line => Resident.FoundIn(line).Count > 0).ToList();
        Assert.True(leaking.Count == 0, $"Log lines hold personal data: {string.Join(Environment.NewLine, leaking)}");

        foreach (var probe in probes)
        {
            await probe.DisposeAsync();
        }
    }

    private async Task<string> CommandAsync()
    {
        var bodies = new List<string>();
        await Eventually.AssertAsync(
            async () =>
            {
                bodies.AddRange(await QueueContents.DrainAsync(RabbitMq, RegisterResidentForEvent.Queue));
                return bodies.Count > 0;
            },
            "the registration command reaches the events service's queue"
        );
        return Assert.Single(bodies);
    }

    private async Task<string?> StatusAsync(Guid id) =>
        (await GetJsonAsync(StaffOf(Sender), $"/api/referrals?box=sent&pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Single(item => item.GetProperty("id").GetGuid() == id)
            .GetProperty("status")
            .GetString();

    private async Task<string?> FirstNameAsync(Guid id) =>
        (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}"))
            .GetProperty("resident")
            .GetProperty("firstName")
            .GetString();

    private async Task<List<string?>> HistoryReasonsAsync(Guid id) =>
        [
            .. (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}/history"))
                .EnumerateArray()
                .Select(entry => entry.GetProperty("reason").GetString()),
        ];
}
