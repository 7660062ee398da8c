using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>Registrants' names and contacts are erased a configured time after the workshop; the anonymous seats
/// stay.</summary>
public sealed class RegistrationRetentionTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Events:RegistrationRetentionDays"] = "30";

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Registrants_are_erased_the_configured_time_after_the_workshop_and_the_seats_stay()
    {
        var past = await PublishedEventAsync(capacity: 10);
        using var anonymous = Anonymous();
        (
            await anonymous.PostAsJsonAsync(
                $"/api/events/{past}/registrations",
                new
                {
                    firstName = "Perpétue",
                    email = "perpetue@example.org",
                    phone = "0677889911",
                    seats = 2,
                }
            )
        ).EnsureSuccessStatusCode();

        var later = await PublishedEventAsync(capacity: 10, startsIn: TimeSpan.FromDays(40));
        (
            await anonymous.PostAsJsonAsync(
                $"/api/events/{later}/registrations",
                new { firstName = "Théodore", email = "theodore@example.org" }
            )
        ).EnsureSuccessStatusCode();

        // The first workshop ends tomorrow, two hours after it starts: its registrants stay 30 days after that.
        _clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains("Perpétue", await AttendeesAsync(past), StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromHours(3));
        await Eventually.AssertAsync(
            async () => !(await AttendeesAsync(past)).Contains("Perpétue", StringComparison.Ordinal),
            "the registrant is erased"
        );

        var attendee = Assert.Single(JsonDocument.Parse(await AttendeesAsync(past)).RootElement.EnumerateArray());
        Assert.DoesNotContain("perpetue@example.org", attendee.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("0677889911", attendee.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            (2, "confirmed"),
            (attendee.GetProperty("seats").GetInt32(), attendee.GetProperty("status").GetString())
        );
        Assert.Equal(
            2,
            (await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{past}", UriKind.Relative)))
                .GetProperty("seatsTaken")
                .GetInt32()
        );
        Assert.Contains("theodore@example.org", await AttendeesAsync(later), StringComparison.Ordinal);
    }

    private Task<string> AttendeesAsync(Guid eventId) =>
        StaffOf(Organiser).GetStringAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative));
}
