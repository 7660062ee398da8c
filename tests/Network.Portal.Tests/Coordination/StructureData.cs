using System.Text.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Portal.Tests.Coordination;

/// <summary>Structures of the coordinator's tests, made through the API: an application of a person without a
/// structure, or a structure the coordinator registers. The demo structures are never moderated: every test shares
/// them.</summary>
internal static class StructureData
{
    /// <summary>A structure's profile, with a name of its own.</summary>
    public static object Profile(string name) =>
        new
        {
            name,
            kind = "tiers-lieu",
            description = "Un tiers-lieu associatif : fablab, accès libre aux ordinateurs et ateliers du samedi.",
            address = new
            {
                street = "4 rue du Moulin",
                postalCode = "06340",
                commune = "Drap",
            },
            contact = new { email = "contact@tiers-lieu.example.org", phone = "04 93 00 42 42" },
            services = new[] { "aide-aux-demarches-administratives" },
            publics = Array.Empty<string>(),
            labels = Array.Empty<string>(),
            openingHours = "Mo-Fr 14:00-18:00",
            accessibility = new { wheelchair = true },
        };

    /// <summary>The application of <c>nouvelle.structure</c>, who works for no structure: a pending one.</summary>
    public static Task<Guid> ApplyAsync(PortalFixture portal, string name) =>
        CreateAsync(portal, DemoUsers.WithoutRole, name);

    /// <summary>
    /// Waits until the applicant's token says they are the structure's admin (approved), or work for no structure at
    /// all (archived): the identity provider is told right after the step, in the background.
    /// </summary>
    public static Task WaitForApplicantAsync(PortalFixture portal, Guid id, bool isAdmin) =>
        Eventually.AssertAsync(
            async () =>
            {
                var token = await DevIdentityClient.PasswordTokenAsync(
                    portal.Identity,
                    DemoUsers.WithoutRole,
                    DemoUsers.WithoutRole
                );
                var claims = TokenClaims.Of(token);
                var admin = TokenClaims.RealmRoles(claims).Contains("partner-admin");
                var partners = TokenClaims.PartnerIds(claims);
                return isAdmin ? partners.Contains(id) && admin : partners.Count == 0 && !admin;
            },
            isAdmin ? "the applicant's token makes them its admin" : "the applicant works for no structure again"
        );

    /// <summary>Archives an approved application, and waits until its applicant works for no structure again, as the
    /// other tests expect <see cref="DemoUsers.WithoutRole"/>.</summary>
    public static async Task WithdrawApplicantAsync(PortalFixture portal, Guid id)
    {
        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        await coordinator.PostAsync($"/api/partners/{id}/archive", new { reason = "Fin du test." });
        await WaitForApplicantAsync(portal, id, isAdmin: false);
    }

    /// <summary>A structure the coordinator registers: active at once.</summary>
    public static Task<Guid> RegisterAsync(PortalFixture portal, string name) =>
        CreateAsync(portal, DemoUsers.Coordinator, name);

    /// <summary>The structure as the coordinator reads it.</summary>
    public static async Task<JsonElement> ReadAsync(PortalFixture portal, Guid id)
    {
        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        return await coordinator.GetAsync($"/api/partners/{id}");
    }

    /// <summary>Its changes of status, oldest first, as <c>(from, to, reason)</c>.</summary>
    public static async Task<IReadOnlyList<(string? From, string? To, string? Reason)>> HistoryAsync(
        PortalFixture portal,
        Guid id
    )
    {
        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        var history = await coordinator.GetAsync($"/api/partners/{id}/history");
        return
        [
            .. history
                .EnumerateArray()
                .Select(change =>
                    (
                        change.GetProperty("from").GetString(),
                        change.GetProperty("to").GetString(),
                        change.GetProperty("reason").GetString()
                    )
                ),
        ];
    }

    /// <summary>How many structures the API lists with <paramref name="query"/> for the coordinator.</summary>
    public static async Task<int> CountAsync(PortalFixture portal, string query)
    {
        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        return (await coordinator.GetAsync($"/api/partners?{query}&pageSize=1")).GetProperty("total").GetInt32();
    }

    private static async Task<Guid> CreateAsync(PortalFixture portal, string user, string name)
    {
        using var api = await PlatformApi.AsAsync(portal, user);
        return (await api.PostAsync("/api/partners", Profile(name))).GetProperty("id").GetGuid();
    }
}
