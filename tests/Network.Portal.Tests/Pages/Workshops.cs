using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing.Identity;

namespace Network.Portal.Tests.Pages;

/// <summary>Workshops a test needs, published through the API by a demo partner's staff, as a médiatrice
/// would.</summary>
internal static class Workshops
{
    public const string Organiser = "mediateur.moulins";

    public static async Task<Guid> PublishAsync(
        PortalFixture portal,
        string title,
        int? capacity,
        DateTimeOffset? startsAt = null
    )
    {
        using var client = await StaffClientAsync(portal);
        var start = startsAt ?? DateTimeOffset.UtcNow.AddDays(5).Date.AddHours(13);
        using var created = await client.PostAsJsonAsync(
            "/api/events",
            new
            {
                title,
                description = "Un atelier pour les tests du portail.\nVenez avec votre téléphone.",
                category = "atelier-numerique",
                startsAt = start,
                endsAt = start.AddHours(2),
                timeZone = "Europe/Paris",
                location = new
                {
                    name = "Centre social Les Moulins",
                    street = "1 place des Amaryllis",
                    postalCode = "06200",
                    commune = "Nice",
                },
                capacity,
            }
        );
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var published = await client.PostAsync($"/api/events/{id}/publish", null);
        published.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>The registrations of a workshop, as its organiser's staff read them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AttendeesAsync(PortalFixture portal, Guid id)
    {
        using var client = await StaffClientAsync(portal);
        return (await client.GetFromJsonAsync<List<JsonElement>>($"/api/events/{id}/registrations"))!;
    }

    /// <summary>A registration made directly through the API by an anonymous resident.</summary>
    public static async Task RegisterAsync(PortalFixture portal, Guid id, string firstName, string forwardedFor)
    {
        using var client = new HttpClient { BaseAddress = portal.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/registrations")
        {
            Content = JsonContent.Create(new { firstName, seats = 1 }),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<HttpClient> StaffClientAsync(PortalFixture portal)
    {
        var token = await DevIdentityClient.PasswordTokenAsync(portal.Identity, Organiser, Organiser);
        var client = new HttpClient { BaseAddress = portal.Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
