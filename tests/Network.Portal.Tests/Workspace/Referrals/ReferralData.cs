using System.Text.Json;
using Network.Portal.Tests.Pages;

namespace Network.Portal.Tests.Workspace.Referrals;

/// <summary>What the referral pages' tests prepare through the API, as the demo structures' staff would: a workshop of
/// France Services Pays de Grasse, a referral to it from Centre social Les Moulins.</summary>
internal static class ReferralData
{
    public const string Receiver = "France Services Pays de Grasse";

    public const string Sender = "Centre social Les Moulins";

    public static Task<Guid> PublishGrasseWorkshopAsync(PortalFixture portal, string title, DateTimeOffset startsAt) =>
        Workshops.PublishAsync(
            portal,
            title,
            capacity: 8,
            startsAt,
            DemoUsers.GrasseStaff,
            new
            {
                name = "France Services Pays de Grasse",
                street = "22 boulevard Fragonard",
                postalCode = "06130",
                commune = "Grasse",
            }
        );

    /// <summary>A referral of a resident from Les Moulins to Grasse, sent through the API.</summary>
    public static async Task<Guid> SendAsync(
        PortalFixture portal,
        string firstName,
        string lastName,
        string phone = "06 12 34 56 78",
        string? email = null,
        string note = "Préfère être appelée le matin."
    )
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var sent = await api.PostAsync(
            "/api/referrals",
            new
            {
                toPartnerId = DemoUsers.Grasse,
                resident = new
                {
                    firstName,
                    lastName,
                    phone,
                    email,
                    commune = "Grasse",
                },
                needs = new[] { "demarches-caf", "smartphone" },
                note,
                consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow.AddMinutes(-10) },
            }
        );
        return sent.GetProperty("id").GetGuid();
    }

    /// <summary>The full record, as the sending structure's staff read it.</summary>
    public static async Task<JsonElement> RecordAsync(PortalFixture portal, Guid id, string user = DemoUsers.Staff)
    {
        using var api = await PlatformApi.AsAsync(portal, user);
        return await api.GetAsync($"/api/referrals/{id}");
    }
}
