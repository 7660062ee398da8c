using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// Referrals from partner A to partner B, each with a resident's identity, contact and a note that names her, and
/// free texts (comments, decline message, outcome, cancel reason) that name her again, as staff write them.
/// </summary>
public sealed class ReferralJourneys(Cast cast)
{
    /// <summary>The receiving partner's full record of the referral accepted with an event, as it read it: personal
    /// data it may see.</summary>
    public string FullRecordOfAccepted { get; private set; } = "";

    /// <summary>Sent with an event, read, commented on both sides and accepted: the events service registers the
    /// resident.</summary>
    public async Task<Guid> AcceptedWithEventAsync(Resident resident, Guid eventId)
    {
        var id = await SendAsync(resident, eventId);
        var read = await cast.StaffB.ReadAsync($"/api/referrals/{id}");
        Assert.Equal(resident.LastName, read.GetProperty("resident").Text("lastName"));
        FullRecordOfAccepted = read.GetRawText();
        await cast.StaffA.PostAsync(
            $"/api/referrals/{id}/comments",
            new { text = $"Bonjour, {resident.FirstName} viendra avec son fils ; appelez-la au {resident.Phone}." }
        );
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/comments",
            new { text = $"Bien reçu, nous écrirons à {resident.FullName} ({resident.Email})." }
        );
        await cast.StaffA.ReadAsync($"/api/referrals/{id}/comments");
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/accept",
            new
            {
                appointmentAt = DateTimeOffset.UtcNow.AddDays(2),
                note = $"Rendez-vous pris avec {resident.FullName}.",
            }
        );
        await cast.StaffA.ReadAsync($"/api/referrals/{id}/history");
        await cast.AdminB.ReadAsync($"/api/referrals/{id}/access-log");
        return id;
    }

    /// <summary>The attendance the events service reports completes the referral.</summary>
    public Task WaitUntilCompletedAsync(Guid id) =>
        Eventually.AssertAsync(
            async () => (await cast.StaffA.ReadAsync($"/api/referrals/{id}")).Text("status") == "completed",
            "the referral is completed by the attendance the events service reported"
        );

    /// <summary>Declined, completed, no-show, cancelled, consent withdrawn and erased: one resident each.</summary>
    public async Task VariantsAsync(
        Resident declined,
        Resident completed,
        Resident noShow,
        Resident cancelled,
        Resident withdrawn,
        Resident erased
    )
    {
        ArgumentNullException.ThrowIfNull(declined);
        // A birth year typed as a sentence is refused before any rule runs.
        await cast.StaffA.RefusedAsync(
            HttpMethod.Post,
            "/api/referrals",
            new
            {
                toPartnerId = DemoUsers.PartnerB,
                resident = new
                {
                    firstName = declined.FirstName,
                    lastName = declined.LastName,
                    phone = declined.Phone,
                    birthYear = $"née en {declined.BirthYear}",
                    commune = declined.Commune,
                },
                needs = new[] { "ants" },
                consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow },
            },
            System.Net.HttpStatusCode.BadRequest
        );

        var id = await SendAsync(declined);
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/decline",
            new
            {
                reason = "pas-de-place",
                message = $"Plus de place pour {declined.FullName} ({declined.Phone}) avant mars.",
            }
        );

        id = await SendAsync(completed);
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/accept",
            new { note = $"{completed.FirstName} passera mardi." }
        );
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/complete",
            new
            {
                outcome = $"{completed.FullName}, née en {completed.BirthYear}, a fait sa demande de carte d'identité.",
            }
        );

        id = await SendAsync(noShow);
        await cast.StaffB.PostAsync(
            $"/api/referrals/{id}/accept",
            new { appointmentAt = DateTimeOffset.UtcNow.AddDays(1) }
        );
        await cast.StaffB.PostAsync($"/api/referrals/{id}/no-show");

        id = await SendAsync(cancelled);
        await cast.StaffA.PostAsync(
            $"/api/referrals/{id}/cancel",
            new { reason = $"{cancelled.FullName} a trouvé de l'aide ailleurs ({cancelled.Email})." }
        );

        id = await SendAsync(withdrawn);
        await cast.StaffB.ReadAsync($"/api/referrals/{id}");
        await cast.StaffB.PostAsync($"/api/referrals/{id}/consent/withdraw");

        id = await SendAsync(erased);
        await cast.StaffB.ReadAsync($"/api/referrals/{id}");
        await cast.AdminA.PostAsync($"/api/referrals/{id}/erase");
        var after = await cast.StaffA.ReadAsync($"/api/referrals/{id}");
        Assert.DoesNotContain(erased.LastName, after.GetRawText(), StringComparison.Ordinal);

        await cast.StaffA.ReadAsync("/api/referrals?box=sent");
        await cast.StaffB.ReadAsync("/api/referrals?box=received");
    }

    private async Task<Guid> SendAsync(Resident resident, Guid? eventId = null)
    {
        var sent = await cast.StaffA.PostAsync(
            "/api/referrals",
            new
            {
                toPartnerId = DemoUsers.PartnerB,
                resident = new
                {
                    firstName = resident.FirstName,
                    lastName = resident.LastName,
                    phone = resident.Phone,
                    email = resident.Email,
                    birthYear = resident.BirthYear,
                    commune = resident.Commune,
                },
                needs = new[] { "demarches-caf", "smartphone" },
                note = $"{resident.FullName}, joignable au {resident.Phone} ou à {resident.Email}, née en "
                    + $"{resident.BirthYear}, souhaite de l'aide pour sa déclaration.",
                urgency = "normal",
                consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow.AddMinutes(-30) },
                eventId,
            }
        );
        Assert.Equal("sent", sent.Text("status"));
        return sent.Id();
    }
}
