using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>Capacity is a hard promise: however registrations race, confirmed seats never exceed it, and the waitlist
/// is served in order.</summary>
public sealed class RegistrationConcurrencyTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private const int Capacity = 50;
    private const int Requests = 200;

    [Fact]
    public async Task Two_hundred_racing_registrations_never_overbook_and_cancellations_promote_in_order()
    {
        var eventId = await PublishedEventAsync(Capacity);
        var random = new Random(42);
        var seats = Enumerable.Range(0, Requests).Select(_ => random.Next(1, 4)).ToList();

        var responses = await Task.WhenAll(
            seats.Select(
                async (count, index) =>
                {
                    using var client = Anonymous();
                    return await client.PostAsJsonAsync(
                        $"/api/events/{eventId}/registrations",
                        new
                        {
                            firstName = "Résident",
                            email = $"resident{index}@example.org",
                            seats = count,
                        }
                    );
                }
            )
        );
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));

        var before = await AttendeesAsync(eventId);
        AssertCapacityAndWaitlist(before);
        Assert.Equal(Requests, before.Count);

        var cancelled = before.Where(r => r.Status == "confirmed").Take(10).ToList();
        using var staff = StaffOf(Organiser);
        var cancellations = await Task.WhenAll(
            cancelled.Select(r =>
                staff.DeleteAsync(new Uri($"/api/events/{eventId}/registrations/{r.Id}", UriKind.Relative))
            )
        );
        Assert.All(cancellations, response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));

        var after = await AttendeesAsync(eventId);
        AssertCapacityAndWaitlist(after);
        var promoted = after
            .Where(r => r.Status == "confirmed" && before.Single(b => b.Id == r.Id).Status == "waitlisted")
            .ToList();
        Assert.NotEmpty(promoted);
        foreach (var promotion in promoted)
        {
            // Anyone still waiting who arrived earlier was passed over only because they needed more seats.
            Assert.All(after.Where(r => r.Status == "waitlisted" && r.Sequence < promotion.Sequence), earlier =>
                Assert.True(earlier.Seats > promotion.Seats)
            );
        }

        using var anonymous = Anonymous();
        var detail = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative));
        Assert.Equal(
            after.Where(r => r.Status == "confirmed").Sum(r => r.Seats),
            detail.GetProperty("seatsTaken").GetInt32()
        );
        Assert.Equal(after.Count(r => r.Status == "waitlisted"), detail.GetProperty("waitlistLength").GetInt32());
    }

    private static void AssertCapacityAndWaitlist(List<Attendee> attendees)
    {
        var confirmedSeats = attendees.Where(r => r.Status == "confirmed").Sum(r => r.Seats);
        var waitlisted = attendees.Where(r => r.Status == "waitlisted").ToList();
        Assert.InRange(confirmedSeats, 1, Capacity);
        Assert.All(waitlisted, r =>
            Assert.True(
                r.Seats > Capacity - confirmedSeats,
                $"a waitlisted {r.Seats}-seat registration would fit in {Capacity - confirmedSeats} free seats"
            )
        );
        Assert.Equal(
            Enumerable.Range(1, waitlisted.Count),
            waitlisted.OrderBy(r => r.Sequence).Select(r => r.WaitlistPosition!.Value)
        );
    }

    private async Task<List<Attendee>> AttendeesAsync(Guid eventId)
    {
        using var staff = StaffOf(Organiser);
        var list = await staff.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)
        );
        return
        [
            .. list.EnumerateArray()
                .Select(
                    (r, index) =>
                        new Attendee(
                            r.GetProperty("id").GetGuid(),
                            r.GetProperty("status").GetString()!,
                            r.GetProperty("seats").GetInt32(),
                            index,
                            r.GetProperty("waitlistPosition").ValueKind == JsonValueKind.Number
                                ? r.GetProperty("waitlistPosition").GetInt32()
                                : null
                        )
                ),
        ];
    }

    /// <summary>An attendee of the list, which comes in arrival order: <paramref name="Sequence"/> is its rank
    /// there.</summary>
    private sealed record Attendee(Guid Id, string Status, int Seats, int Sequence, int? WaitlistPosition);
}
