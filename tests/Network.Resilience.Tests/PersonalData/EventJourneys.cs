using System.Text.Json;
using Network.Testing;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// Registrations as residents and staff make them: self-registration, registration on behalf, the waitlist and its
/// promotion when a resident cancels with the token, and attendance once the event has started.
/// </summary>
public sealed class EventJourneys(Cast cast)
{
    /// <summary>An event of partner B that starts soon, so that its attendance can be recorded during the
    /// run.</summary>
    public Guid StartingSoon { get; private set; }

    public DateTimeOffset StartingSoonAt { get; private set; }

    private readonly List<Guid> _presentAtStartingSoon = [];

    public async Task CreateStartingSoonAsync(TimeSpan lead)
    {
        StartingSoonAt = DateTimeOffset.UtcNow + lead;
        StartingSoon = await PublishAsync(
            cast.StaffB,
            "Café IA : parler aux assistants vocaux",
            StartingSoonAt,
            capacity: 20,
            "06130",
            "Grasse"
        );
    }

    /// <summary>Capacity 1: the first resident registers herself, staff register a second one who waits, the first
    /// cancels with her token, the second is promoted.</summary>
    public async Task WaitlistAndPromotionAsync(Resident first, Resident second)
    {
        ArgumentNullException.ThrowIfNull(first);
        var full = await PublishAsync(
            cast.StaffA,
            "Atelier numérique : sécuriser son smartphone",
            DateTimeOffset.UtcNow.AddDays(3),
            capacity: 1,
            "06300",
            "Nice"
        );
        var confirmed = await cast.Anonymous.PostAsync($"/api/events/{full}/registrations", Body(first));
        Assert.Equal("confirmed", confirmed.Text("status"));
        var waiting = await cast.StaffA.PostAsync($"/api/events/{full}/registrations", Body(second));
        Assert.Equal("waitlisted", waiting.Text("status"));

        var token = Uri.EscapeDataString(confirmed.Text("cancellationToken"));
        await cast.Anonymous.SendAsync(
            HttpMethod.Delete,
            $"/api/events/{full}/registrations/{confirmed.Id()}?token={token}",
            null
        );

        var attendees = await cast.StaffA.ReadAsync($"/api/events/{full}/registrations");
        Assert.Contains(attendees.EnumerateArray(), a => a.Id() == waiting.Id() && a.Text("status") == "confirmed");

        // A mistyped e-mail is refused, and the event is cancelled: its registrants are told.
        await cast.Anonymous.RefusedAsync(
            HttpMethod.Post,
            $"/api/events/{full}/registrations",
            new
            {
                firstName = first.FirstName,
                lastName = first.LastName,
                email = first.Email.Replace("@", "@@", StringComparison.Ordinal),
                phone = first.Phone,
            },
            System.Net.HttpStatusCode.BadRequest
        );
        await cast.StaffA.PostAsync($"/api/events/{full}/cancel", new { reason = "L'animatrice est malade." });
    }

    /// <summary>A resident registers herself and staff register another one at the event that starts soon.</summary>
    public async Task RegisterAtStartingSoonAsync(Resident self, Resident onBehalf)
    {
        // She finds the partner in the directory, then its event in the calendar.
        await cast.Anonymous.ReadAsync("/api/partners?commune=Grasse");
        await cast.Anonymous.ReadAsync($"/api/partners/{Platform.DemoUsers.PartnerB}");
        await cast.Anonymous.ReadAsync($"/api/events?organiserId={Platform.DemoUsers.PartnerB}");
        await cast.Anonymous.ReadAsync($"/api/events/{StartingSoon}");
        var mine = await cast.Anonymous.PostAsync($"/api/events/{StartingSoon}/registrations", Body(self));
        Assert.Equal("confirmed", mine.Text("status"));
        _presentAtStartingSoon.Add(mine.Id());
        await cast.StaffB.PostAsync($"/api/events/{StartingSoon}/registrations", Body(onBehalf));
    }

    /// <summary>Once the event has started, its organiser records who came: the self-registered resident and the
    /// referred one.</summary>
    public async Task RecordAttendanceAsync(Resident referred)
    {
        ArgumentNullException.ThrowIfNull(referred);
        var attendees = await cast.StaffB.ReadAsync($"/api/events/{StartingSoon}/registrations");
        var referral = attendees.EnumerateArray().Single(a => a.Text("firstName") == referred.FirstName);
        var wait = StartingSoonAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await cast.StaffB.PostAsync(
            $"/api/events/{StartingSoon}/attendance",
            new { present = _presentAtStartingSoon.Append(referral.Id()), walkIns = 2 }
        );
    }

    /// <summary>Waits until the referral's command has registered the referred resident at the event.</summary>
    public Task WaitForReferredAsync(Resident referred) =>
        Eventually.AssertAsync(
            async () =>
                (await cast.StaffB.ReadAsync($"/api/events/{StartingSoon}/registrations"))
                    .EnumerateArray()
                    .Any(a => a.Text("firstName") == referred.FirstName),
            "the referred resident is registered at the event"
        );

    private static object Body(Resident resident) =>
        new
        {
            firstName = resident.FirstName,
            lastName = resident.LastName,
            email = resident.Email,
            phone = resident.Phone,
            seats = 1,
        };

    private static async Task<Guid> PublishAsync(
        HttpClient staff,
        string title,
        DateTimeOffset startsAt,
        int capacity,
        string postalCode,
        string commune
    )
    {
        var created = await staff.PostAsync(
            "/api/events",
            new
            {
                title,
                description = "Un temps d'échange ouvert à toutes et tous.",
                category = "cafe-ia",
                startsAt,
                endsAt = startsAt.AddHours(2),
                location = new
                {
                    name = "Salle polyvalente",
                    postalCode,
                    commune,
                },
                capacity,
            }
        );
        await staff.PostAsync($"/api/events/{created.Id()}/publish");
        return created.Id();
    }
}
