using System.Net.Http.Json;
using System.Text.Json;
using Network.Portal.Tests.Workspace;

namespace Network.Portal.Tests.Pages;

/// <summary>Workshops a test needs, published through the API by a demo partner's staff, as a médiatrice
/// would.</summary>
internal static class Workshops
{
    public static async Task<Guid> PublishAsync(
        PortalFixture portal,
        string title,
        int? capacity,
        DateTimeOffset? startsAt = null,
        string user = DemoUsers.Staff,
        object? location = null
    )
    {
        using var api = await PlatformApi.AsAsync(portal, user);
        var start = startsAt ?? DateTimeOffset.UtcNow.AddDays(5).Date.AddHours(13);
        return await OrganisedWorkshops.CreateAsync(api, title, start, capacity: capacity, location: location);
    }

    /// <summary>The registrations of a workshop, as its organiser's staff read them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AttendeesAsync(
        PortalFixture portal,
        Guid id,
        string user = DemoUsers.Staff
    )
    {
        using var api = await PlatformApi.AsAsync(portal, user);
        return await OrganisedWorkshops.AttendeesAsync(api, id);
    }

    /// <summary>A registration made directly through the API by an anonymous resident, who may leave a last name, a
    /// phone number, an e-mail address.</summary>
    public static async Task RegisterAsync(
        PortalFixture portal,
        Guid id,
        string firstName,
        string forwardedFor,
        string? lastName = null,
        string? phone = null,
        string? email = null
    )
    {
        using var client = new HttpClient { BaseAddress = portal.Gateway };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/registrations")
        {
            Content = JsonContent.Create(
                new
                {
                    firstName,
                    lastName,
                    phone,
                    email,
                    seats = 1,
                }
            ),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
