using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Network.Contracts.Partners;
using Network.Testing;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>
/// Every route of the events service for every role, from one table: anonymous, the organiser's staff and admin, a
/// co-organiser's staff, another partner's staff, a suspended partner's staff, the coordinator. A route without a
/// row fails the test.
/// </summary>
public sealed class AccessMatrixTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private const int Ok = 200,
        Created = 201,
        NoContent = 204,
        Unauthorized = 401,
        Forbidden = 403,
        NotFound = 404,
        Conflict = 409;

    private readonly Guid _coOrganiser = Guid.CreateVersion7();
    private readonly Guid _suspended = Guid.CreateVersion7();

    private enum Role
    {
        Anonymous,
        OrganiserStaff,
        OrganiserAdmin,
        CoOrganiserStaff,
        OtherStaff,
        SuspendedStaff,
        Coordinator,
    }

    /// <summary>What each role gets, in the order of <see cref="Role"/>.</summary>
    private static readonly (string Method, string Route, string Target, int[] Expected)[] Table =
    [
        ("GET", "/api/events", "", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/events/calendar.ics", "", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/events/categories", "", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/events/accessibility", "", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/events/organised", "", [Unauthorized, Ok, Ok, Ok, Ok, Ok, Forbidden]),
        ("GET", "/api/events/{id}", "published", [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        ("GET", "/api/events/{id}", "draft", [NotFound, Ok, Ok, Ok, NotFound, NotFound, Ok]),
        ("POST", "/api/events", "", [Unauthorized, Created, Created, Created, Created, Forbidden, Forbidden]),
        ("PUT", "/api/events/{id}", "draft", [Unauthorized, Ok, Ok, Ok, NotFound, NotFound, Forbidden]),
        ("POST", "/api/events/{id}/publish", "draft", [Unauthorized, Ok, Ok, Ok, NotFound, NotFound, Forbidden]),
        ("POST", "/api/events/{id}/cancel", "published", [Unauthorized, Ok, Ok, Ok, Forbidden, Forbidden, Ok]),
        (
            "POST",
            "/api/events/{id}/registrations",
            "published",
            [Created, Created, Created, Created, Created, Created, Created]
        ),
        (
            "DELETE",
            "/api/events/{id}/registrations/{registrationId}",
            "registration",
            [Unauthorized, NoContent, NoContent, NoContent, Forbidden, Forbidden, Forbidden]
        ),
        (
            "POST",
            "/api/events/{id}/registrations/{registrationId}/stop-notices",
            "registration",
            [Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]
        ),
        (
            "GET",
            "/api/events/{id}/registrations",
            "published",
            [Unauthorized, Ok, Ok, Ok, NotFound, NotFound, Forbidden]
        ),
        (
            "POST",
            "/api/events/{id}/registrations/{registrationId}/erase",
            "registration",
            [Unauthorized, Forbidden, NoContent, Forbidden, NotFound, Forbidden, NotFound]
        ),
        (
            "POST",
            "/api/events/{id}/attendance",
            "published",
            [Unauthorized, Conflict, Conflict, Conflict, NotFound, Forbidden, Forbidden]
        ),
        ("GET", "/api/events/series/{seriesId}", "draft series", [NotFound, Ok, Ok, Ok, NotFound, NotFound, Ok]),
        (
            "POST",
            "/api/events/series/{seriesId}/publish",
            "draft series",
            [Unauthorized, Ok, Ok, Ok, NotFound, NotFound, Forbidden]
        ),
        (
            "POST",
            "/api/events/series/{seriesId}/cancel",
            "published series",
            [Unauthorized, Ok, Ok, Ok, Forbidden, Forbidden, Ok]
        ),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (var (partner, status) in new[] { (_coOrganiser, "active"), (_suspended, "suspended") })
        {
            await publisher.PublishAsync(
                new PartnerRegistered(
                    new PartnerSnapshot(
                        partner,
                        "Médiathèque Louis Nucéra",
                        "bibliotheque",
                        status,
                        "06300",
                        "Nice",
                        "06088",
                        43.7,
                        7.28
                    ),
                    DateTimeOffset.UtcNow
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<Persistence.EventsDbContext, bool>(async db =>
                    await db.Partners.FindAsync(_coOrganiser) is not null
                    && await db.Partners.FindAsync(_suspended) is not null
                ),
            "the co-organiser and the suspended partner are in the replica"
        );
    }

    [Fact]
    public void Every_route_of_the_service_has_a_row()
    {
        var routes = Service
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/events", StringComparison.Ordinal) == true)
            .SelectMany(e =>
                (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                    $"{method} {Normalise(e.RoutePattern.RawText!)}"
                )
            )
            .ToHashSet();

        Assert.Empty(routes.Except(Table.Select(row => $"{row.Method} {row.Route}")));
    }

    [Fact]
    public async Task Every_role_gets_what_the_contract_implies_on_every_route()
    {
        var failures = new List<string>();
        foreach (var (method, route, target, expected) in Table)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                using var request = await RequestAsync(method, route, target);
                using var client = ClientFor(role);
                var status = (int)(await client.SendAsync(request)).StatusCode;
                if (status != expected[(int)role])
                {
                    failures.Add($"{method} {route} ({target}) as {role}: {status}, expected {expected[(int)role]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Normalise(string pattern) =>
        pattern.Replace(":guid", "", StringComparison.Ordinal).TrimEnd('/');

    private HttpClient ClientFor(Role role) =>
        role switch
        {
            Role.Anonymous => Anonymous(),
            Role.OrganiserStaff => StaffOf(Organiser),
            Role.OrganiserAdmin => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Admin(Organiser))),
            Role.CoOrganiserStaff => StaffOf(_coOrganiser),
            Role.OtherStaff => StaffOf(OtherPartner),
            Role.SuspendedStaff => StaffOf(_suspended),
            _ => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator())),
        };

    /// <summary>A fresh target for each cell, so that one role's change does not decide the next one's
    /// answer.</summary>
    private async Task<HttpRequestMessage> RequestAsync(string method, string route, string target)
    {
        using var organiser = StaffOf(Organiser);
        var path = route;
        if (target is "draft" or "published" or "registration")
        {
            var id = await CreateAsync(organiser, "/api/events", Body(recurrence: null));
            path = path.Replace("{id}", id.ToString(), StringComparison.Ordinal);
            if (target != "draft")
            {
                (
                    await organiser.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)
                ).EnsureSuccessStatusCode();
            }

            if (target == "registration")
            {
                var registration = await CreateAsync(
                    organiser,
                    $"/api/events/{id}/registrations",
                    new { firstName = "Awa" }
                );
                path = path.Replace("{registrationId}", registration.ToString(), StringComparison.Ordinal);
            }
        }
        else if (target.EndsWith("series", StringComparison.Ordinal))
        {
            var created = await organiser.PostAsJsonAsync("/api/events", Body(new { frequency = "weekly", count = 3 }));
            var seriesId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seriesId").GetGuid();
            if (target == "published series")
            {
                (
                    await organiser.PostAsync(new Uri($"/api/events/series/{seriesId}/publish", UriKind.Relative), null)
                ).EnsureSuccessStatusCode();
            }

            path = path.Replace("{seriesId}", seriesId.ToString(), StringComparison.Ordinal);
        }

        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Content = (method, route) switch
        {
            // Each role creates an event of its own partner; an edit keeps the co-organiser.
            ("POST", "/api/events") => JsonContent.Create(Body(recurrence: null, coOrganisers: [])),
            ("PUT", _) => JsonContent.Create(Body(recurrence: null)),
            (_, "/api/events/{id}/cancel" or "/api/events/series/{seriesId}/cancel") => JsonContent.Create(
                new { reason = "Salle indisponible" }
            ),
            (_, "/api/events/{id}/registrations") when method == "POST" => JsonContent.Create(
                new { firstName = "Louis" }
            ),
            (_, "/api/events/{id}/attendance") => JsonContent.Create(
                new { present = Array.Empty<Guid>(), walkIns = 1 }
            ),
            _ => null,
        };
        return request;
    }

    private object Body(object? recurrence, Guid[]? coOrganisers = null) =>
        new
        {
            title = "Atelier numérique",
            category = "atelier-numerique",
            coOrganiserIds = coOrganisers ?? [_coOrganiser],
            startsAt = DateTimeOffset.UtcNow.AddDays(1),
            endsAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(2),
            location = new
            {
                name = "Médiathèque",
                postalCode = "06300",
                commune = "Nice",
            },
            capacity = 10,
            recurrence,
        };

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
