using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Equipment.Persistence;
using Network.Events.Persistence;
using Network.Partners.Persistence;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Activity.Tests;

/// <summary>
/// The real partners, events, referrals and equipment services on the activity service's virtual host, on one test
/// clock, driven through their HTTP APIs with real tokens.
/// </summary>
internal sealed class ServicesUnderTest(TestInfrastructure infrastructure, FakeTimeProvider clock) : IAsyncDisposable
{
    public ServiceFactory<PartnersDbContext> Partners { get; private set; } = null!;

    public ServiceFactory<EventsDbContext> Events { get; private set; } = null!;

    public ServiceFactory<ReferralsDbContext> Referrals { get; private set; } = null!;

    public ServiceFactory<EquipmentDbContext> Equipment { get; private set; } = null!;

    public async Task StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        Partners = await StartAsync<PartnersDbContext>(settings, "partnersdb", withClock: false);
        Events = await StartAsync<EventsDbContext>(settings, "eventsdb", withClock: true);
        Referrals = await StartAsync<ReferralsDbContext>(settings, "referralsdb", withClock: true);
        Equipment = await StartAsync<EquipmentDbContext>(settings, "equipmentdb", withClock: true);
    }

    public HttpClient Coordinator(HttpClient client) =>
        client.Acting(infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

    public HttpClient StaffOf<TMarker>(ServiceFactory<TMarker> service, Guid partner)
        where TMarker : class => service.CreateClient(infrastructure.Issuer.TokenFor(TestUser.Staff(partner)));

    /// <summary>A partner created active by the coordinator; its id once every service knows it.</summary>
    public async Task<Guid> PartnerAsync(string name, string postalCode, string commune)
    {
        using var coordinator = Coordinator(Partners.CreateClient());
        var response = await coordinator.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name,
                kind = "centre-social",
                address = new
                {
                    street = "1 place de la Mairie",
                    postalCode,
                    commune,
                },
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = await IdAsync(response);
        await Eventually.AssertAsync(
            async () =>
                await KnowsAsync(Events, id) && await KnowsAsync(Referrals, id) && await KnowsAsync(Equipment, id),
            $"every service knows {name}"
        );
        return id;
    }

    /// <summary>An application by someone without a partner: pending until the coordinator approves it.</summary>
    public async Task ApplyAsync(string name)
    {
        using var newcomer = Partners.CreateClient(infrastructure.Issuer.TokenFor(TestUser.Newcomer()));
        var response = await newcomer.PostAsJsonAsync(
            "/api/partners",
            new
            {
                name,
                kind = "association",
                address = new
                {
                    street = "2 rue du Port",
                    postalCode = "06300",
                    commune = "Nice",
                },
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>An event of <paramref name="organiser"/> starting in <paramref name="startsInHours"/> hours, published
    /// unless told otherwise.</summary>
    public async Task<Guid> EventAsync(
        Guid organiser,
        string commune,
        int? capacity,
        double startsInHours,
        bool publish = true
    )
    {
        using var staff = StaffOf(Events, organiser);
        var startsAt = clock.GetUtcNow().AddHours(startsInHours);
        var created = await staff.PostAsJsonAsync(
            "/api/events",
            new
            {
                title = "Atelier numérique : premiers pas sur smartphone",
                description = "Pour apprendre à son rythme.",
                category = "atelier-numerique",
                audiences = new[] { "seniors" },
                startsAt,
                endsAt = startsAt.AddHours(2),
                location = new
                {
                    name = "Salle polyvalente",
                    postalCode = "06000",
                    commune,
                },
                capacity,
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = await IdAsync(created);
        if (publish)
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await staff.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)).StatusCode
            );
        }

        return id;
    }

    /// <summary>A self-registration; its id and status.</summary>
    public async Task<(Guid Id, string Status)> RegisterAsync(Guid eventId, int seats)
    {
        using var anonymous = Events.CreateClient(token: null);
        var response = await anonymous.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName = "Awa", seats }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("status").GetString()!);
    }

    public async Task CancelRegistrationAsync(Guid organiser, Guid eventId, Guid registrationId)
    {
        using var staff = StaffOf(Events, organiser);
        var response = await staff.DeleteAsync(
            new Uri($"/api/events/{eventId}/registrations/{registrationId}", UriKind.Relative)
        );
        Assert.True(response.IsSuccessStatusCode, $"cancelling a registration answered {response.StatusCode}");
    }

    public async Task AttendanceAsync(Guid organiser, Guid eventId, Guid[] present, int walkIns)
    {
        using var staff = StaffOf(Events, organiser);
        var response = await staff.PostAsJsonAsync($"/api/events/{eventId}/attendance", new { present, walkIns });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task CancelEventAsync(Guid organiser, Guid eventId)
    {
        using var staff = StaffOf(Events, organiser);
        var response = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/cancel",
            new { reason = "Salle indisponible." }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<Guid> ReferAsync(Guid from, Guid to, string commune)
    {
        using var staff = StaffOf(Referrals, from);
        var response = await staff.PostAsJsonAsync(
            "/api/referrals",
            new
            {
                toPartnerId = to,
                resident = new
                {
                    firstName = "Awa",
                    lastName = "Diallo",
                    phone = "0600000000",
                    commune,
                },
                needs = new[] { "demarches-caf" },
                urgency = "normal",
                consent = new { method = "oral", obtainedAt = clock.GetUtcNow().AddMinutes(-5) },
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await IdAsync(response);
    }

    /// <summary>An action on a referral by the staff of <paramref name="partner"/> (accept, decline, complete, no-show,
    /// cancel).</summary>
    public async Task ReferralActionAsync(Guid partner, Guid referral, string action, object? body = null)
    {
        using var staff = StaffOf(Referrals, partner);
        var response = await staff.PostAsJsonAsync($"/api/referrals/{referral}/{action}", body ?? new { });
        Assert.True(
            response.IsSuccessStatusCode,
            $"{action} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
        );
    }

    public async Task<Guid> ItemAsync(Guid owner, string category)
    {
        using var staff = StaffOf(Equipment, owner);
        var response = await staff.PostAsJsonAsync(
            "/api/equipment",
            new
            {
                name = "Matériel partagé",
                category,
                shareable = true,
                loanRules = new
                {
                    maxDays = 7,
                    bufferHours = 0,
                    requiresApproval = false,
                },
                components = Array.Empty<string>(),
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await IdAsync(response);
    }

    public async Task<Guid> ReserveAsync(Guid item, Guid borrower, double fromHours, double hours)
    {
        using var staff = StaffOf(Equipment, borrower);
        var from = clock.GetUtcNow().AddHours(fromHours);
        var response = await staff.PostAsJsonAsync(
            $"/api/equipment/{item}/reservations",
            new
            {
                from,
                to = from.AddHours(hours),
                purpose = "Atelier",
            }
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await IdAsync(response);
    }

    public async Task LoanActionAsync(Guid partner, Guid reservation, string action, object? body = null)
    {
        using var staff = StaffOf(Equipment, partner);
        var response = await staff.PostAsJsonAsync(
            $"/api/equipment/reservations/{reservation}/{action}",
            body ?? new { }
        );
        Assert.True(
            response.IsSuccessStatusCode,
            $"{action} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
        );
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in new IAsyncDisposable?[] { Equipment, Referrals, Events, Partners })
        {
            if (service is not null)
            {
                await service.DisposeAsync();
            }
        }
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    private static Task<bool> KnowsAsync<TContext>(ServiceFactory<TContext> service, Guid partner)
        where TContext : ServiceDbContext =>
        service.WithScopeAsync<TContext, bool>(async db =>
            await db.Set<Network.ServiceDefaults.Replicas.PartnerReplica>().FindAsync(partner) is not null
        );

    private async Task<ServiceFactory<TContext>> StartAsync<TContext>(
        IReadOnlyDictionary<string, string?> shared,
        string database,
        bool withClock
    )
        where TContext : class
    {
        var settings = new Dictionary<string, string?>(shared)
        {
            [$"ConnectionStrings:{database}"] = await TestDatabase.CreateAsync(database),
        };
        var service = new ServiceFactory<TContext>(
            settings,
            withClock ? services => services.AddSingleton<TimeProvider>(clock) : null
        );
        await service.StartAsync();
        return service;
    }
}
