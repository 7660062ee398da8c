using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>
/// The timers on a moved clock: reminders of unanswered referrals, expiry, erasure after the retention period, and
/// erasure of open referrals nobody touched for too long.
/// </summary>
public sealed class TimerTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private static readonly string[] PersonalFields = ["firstName", "lastName", "phone", "email", "birthYear"];

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Referrals:RemindEveryDays"] = "5";
        settings["Referrals:AnswerWithinDays"] = "12";
        settings["Referrals:RetentionDays"] = "30";
        settings["Referrals:InactiveDays"] = "60";
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task An_unanswered_referral_is_reminded_every_few_days_and_an_answered_one_is_not()
    {
        await using var overdue = await MessageProbe.StartAsync<ReferralAnswerOverdue>(RabbitMq);
        var unanswered = await SendAsync();
        var answered = await SendAsync();
        (await PostAsync(StaffOf(Receiver), answered, "accept")).EnsureSuccessStatusCode();

        _clock.Advance(TimeSpan.FromDays(4));
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        await Eventually.AssertAsync(() => Task.FromResult(overdue.Deliveries.Count == 1), "the first reminder");
        _clock.Advance(TimeSpan.FromDays(2));
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await Eventually.AssertAsync(
            () => Task.FromResult(overdue.Deliveries.Count == 2),
            "the second reminder, five days later"
        );

        Assert.All(overdue.Deliveries, delivery =>
            Assert.Contains(unanswered.ToString(), delivery.Text, StringComparison.Ordinal)
        );
        Assert.Equal("sent", await StatusAsync(unanswered));
    }

    [Fact]
    public async Task A_referral_unanswered_past_the_answer_period_expires()
    {
        await using var expired = await MessageProbe.StartAsync<ReferralExpired>(RabbitMq);
        var unanswered = await SendAsync();

        _clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal("sent", await StatusAsync(unanswered));
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        await Eventually.AssertAsync(async () => await StatusAsync(unanswered) == "expired", "the referral expires");
        await Eventually.AssertAsync(
            () => Task.FromResult(expired.Deliveries.Count == 1),
            "ReferralExpired is published"
        );
        var history = await GetJsonAsync(StaffOf(Receiver), $"/api/referrals/{unanswered}/history");
        var last = history.EnumerateArray().Last();
        Assert.Equal(
            ("sent", "expired", "answer-overdue"),
            (
                last.GetProperty("from").GetString(),
                last.GetProperty("to").GetString(),
                last.GetProperty("reason").GetString()
            )
        );
        Assert.Equal(
            System.Net.HttpStatusCode.Conflict,
            (await PostAsync(StaffOf(Receiver), unanswered, "accept")).StatusCode
        );
    }

    [Fact]
    public async Task Personal_data_of_a_referral_closed_past_retention_is_erased_and_the_anonymous_record_stays()
    {
        await using var erased = await MessageProbe.StartAsync<ReferralErased>(RabbitMq);
        var closed = await SendAsync();
        var open = await SendAsync();
        using var receiver = StaffOf(Receiver);
        (await PostAsync(receiver, closed, "accept")).EnsureSuccessStatusCode();
        (
            await receiver.PostAsJsonAsync($"/api/referrals/{closed}/comments", new { text = Resident.Comment })
        ).EnsureSuccessStatusCode();
        (await PostAsync(receiver, closed, "complete", new { outcome = Resident.Outcome })).EnsureSuccessStatusCode();
        (await PostAsync(receiver, open, "accept")).EnsureSuccessStatusCode();

        _clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(
            Resident.FirstName,
            (await GetJsonAsync(receiver, $"/api/referrals/{closed}"))
                .GetProperty("resident")
                .GetProperty("firstName")
                .GetString()
        );
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        await Eventually.AssertAsync(
            () => Task.FromResult(erased.Deliveries.Count == 1),
            "ReferralErased is published"
        );
        var record = await GetJsonAsync(receiver, $"/api/referrals/{closed}");
        var resident = record.GetProperty("resident");
        Assert.All(PersonalFields, field =>
            Assert.Equal(System.Text.Json.JsonValueKind.Null, resident.GetProperty(field).ValueKind)
        );
        Assert.Equal("Nice", resident.GetProperty("commune").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("note").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.GetProperty("outcome").ValueKind);
        Assert.Equal(
            ["demarches-caf", "smartphone"],
            record.GetProperty("needs").EnumerateArray().Select(need => need.GetString())
        );
        Assert.Equal("completed", record.GetProperty("status").GetString());
        var comment = Assert.Single(
            (await GetJsonAsync(receiver, $"/api/referrals/{closed}/comments")).EnumerateArray()
        );
        Assert.Equal(System.Text.Json.JsonValueKind.Null, comment.GetProperty("text").ValueKind);
        Assert.Contains("\"retention\"", erased.Deliveries.Single().Text, StringComparison.Ordinal);

        // Still open: its data is still needed.
        Assert.Equal(
            Resident.FirstName,
            (await GetJsonAsync(receiver, $"/api/referrals/{open}"))
                .GetProperty("resident")
                .GetProperty("firstName")
                .GetString()
        );
    }

    [Fact]
    public async Task An_accepted_referral_left_without_activity_past_the_inactivity_period_is_cancelled_and_erased()
    {
        await using var erased = await MessageProbe.StartAsync<ReferralErased>(RabbitMq);
        await using var cancelled = await MessageProbe.StartAsync<ReferralCancelled>(RabbitMq);
        var forgotten = await SendAsync();
        var discussed = await SendAsync();
        using var receiver = StaffOf(Receiver);
        (await PostAsync(receiver, forgotten, "accept")).EnsureSuccessStatusCode();
        (await PostAsync(receiver, discussed, "accept")).EnsureSuccessStatusCode();

        // A comment is activity: the thread goes on, so the referral is still followed.
        _clock.Advance(TimeSpan.FromDays(40));
        (
            await receiver.PostAsJsonAsync($"/api/referrals/{discussed}/comments", new { text = Resident.Comment })
        ).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromDays(19));
        Assert.Equal(
            Resident.FirstName,
            (await GetJsonAsync(receiver, $"/api/referrals/{forgotten}"))
                .GetProperty("resident")
                .GetProperty("firstName")
                .GetString()
        );
        _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        await Eventually.AssertAsync(
            () => Task.FromResult(erased.Deliveries.Count == 1 && cancelled.Deliveries.Count == 1),
            "ReferralCancelled and ReferralErased are published"
        );
        var record = await GetJsonAsync(receiver, $"/api/referrals/{forgotten}");
        Assert.Equal("cancelled", record.GetProperty("status").GetString());
        Assert.All(PersonalFields, field =>
            Assert.Equal(
                System.Text.Json.JsonValueKind.Null,
                record.GetProperty("resident").GetProperty(field).ValueKind
            )
        );
        Assert.Equal("Nice", record.GetProperty("resident").GetProperty("commune").GetString());
        var reasons = (await GetJsonAsync(receiver, $"/api/referrals/{forgotten}/history"))
            .EnumerateArray()
            .Select(e => e.GetProperty("reason").GetString())
            .ToList();
        Assert.Equal(["inactive", "erased-retention"], reasons.TakeLast(2));
        Assert.Contains(forgotten.ToString(), erased.Deliveries.Single().Text, StringComparison.Ordinal);
        Assert.Contains("\"inactive\"", cancelled.Deliveries.Single().Text, StringComparison.Ordinal);
        Assert.Empty(Resident.FoundIn(erased.Deliveries.Single().Text + cancelled.Deliveries.Single().Text));

        var followed = await GetJsonAsync(receiver, $"/api/referrals/{discussed}");
        Assert.Equal(
            ("accepted", Resident.FirstName),
            (
                followed.GetProperty("status").GetString(),
                followed.GetProperty("resident").GetProperty("firstName").GetString()
            )
        );
    }

    private async Task<string?> StatusAsync(Guid id) =>
        (await GetJsonAsync(StaffOf(Receiver), "/api/referrals?box=received&pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Single(item => item.GetProperty("id").GetGuid() == id)
            .GetProperty("status")
            .GetString();
}
