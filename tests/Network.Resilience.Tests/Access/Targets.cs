using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.DevIdentity.Realm;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Access;

/// <summary>Makes the records the matrix acts on, through the gateway, as the users who own them.</summary>
public sealed class Targets(AccessPlatform platform)
{
    /// <summary>A partner that receives referrals in the matrix, neither A, B nor C.</summary>
    public static readonly Guid Receiver = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    /// <summary>The account of A's only admin, as the development realm names it.</summary>
    public static readonly string AdminOfA = new RealmUser { Username = DemoUsers.AdminA }.SubjectIn("network");

    public async Task<TargetRecord> MakeAsync(Target target) =>
        target switch
        {
            Target.None => TargetRecord.Nothing,
            Target.PartnerA => new(DemoUsers.PartnerA),
            Target.SuspendedPartnerC => new(DemoUsers.PartnerC),
            Target.PendingPartner => new(await CreateAsync("nouvelle.structure", "/api/partners", Bodies.Partner())),
            Target.ActivePartner => new(await CreateAsync(DemoUsers.Coordinator, "/api/partners", Bodies.Partner())),
            Target.SuspendedPartner => new(await SuspendedPartnerAsync()),
            Target.DraftEvent => new(await EventAsync(publish: false)),
            Target.PublishedEvent or Target.PublishedEventAsJsonLd => new(await EventAsync(publish: true)),
            Target.Registration or Target.RegistrationWithItsToken => await RegistrationAsync(),
            Target.DraftSeries => new(await SeriesAsync(publish: false)),
            Target.PublishedSeries => new(await SeriesAsync(publish: true)),
            Target.SentReferral => new(await ReferralAsync(accept: false)),
            Target.AcceptedReferral => new(await ReferralAsync(accept: true)),
            Target.SharedItem => new(await ItemAsync(shareable: true)),
            Target.PrivateItem => new(await ItemAsync(shareable: false)),
            Target.ItemInMaintenance => new(await ItemInMaintenanceAsync()),
            Target.RequestedReservation => new(await ReservationAsync(approve: false, checkOut: false)),
            Target.ApprovedReservation => new(await ReservationAsync(approve: true, checkOut: false)),
            Target.CheckedOutReservation => new(await ReservationAsync(approve: true, checkOut: true)),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };

    private async Task<Guid> SuspendedPartnerAsync()
    {
        var id = await CreateAsync(DemoUsers.Coordinator, "/api/partners", Bodies.Partner());
        await PostAsync(DemoUsers.Coordinator, $"/api/partners/{id}/suspend", new { reason = "Locaux fermés." });
        return id;
    }

    private async Task<Guid> EventAsync(bool publish)
    {
        var id = await CreateAsync(DemoUsers.StaffA, "/api/events", Bodies.Event());
        if (publish)
        {
            await PostAsync(DemoUsers.StaffA, $"/api/events/{id}/publish");
        }

        return id;
    }

    private async Task<TargetRecord> RegistrationAsync()
    {
        var eventId = await EventAsync(publish: true);
        var registration = await CreateJsonAsync(
            null,
            $"/api/events/{eventId}/registrations",
            new { firstName = "Awa" }
        );
        return new(
            eventId,
            registration.GetProperty("id").GetGuid(),
            registration.GetProperty("cancellationToken").GetString()
        );
    }

    private async Task<Guid> SeriesAsync(bool publish)
    {
        var created = await CreateJsonAsync(
            DemoUsers.StaffA,
            "/api/events",
            Bodies.Event(new { frequency = "weekly", count = 3 })
        );
        var seriesId = created.GetProperty("seriesId").GetGuid();
        if (publish)
        {
            await PostAsync(DemoUsers.StaffA, $"/api/events/series/{seriesId}/publish");
        }

        return seriesId;
    }

    private async Task<Guid> ReferralAsync(bool accept)
    {
        var id = await CreateAsync(DemoUsers.StaffA, "/api/referrals", Bodies.Referral(DemoUsers.PartnerB));
        if (accept)
        {
            await PostAsync(DemoUsers.StaffB, $"/api/referrals/{id}/accept");
        }

        return id;
    }

    private Task<Guid> ItemAsync(bool shareable) =>
        CreateAsync(DemoUsers.StaffA, "/api/equipment", Bodies.Item(shareable));

    private async Task<Guid> ItemInMaintenanceAsync()
    {
        var id = await ItemAsync(shareable: true);
        await PostAsync(DemoUsers.StaffA, $"/api/equipment/{id}/maintenance");
        return id;
    }

    /// <summary>B asks for an item of A; A approves it, and hands it over.</summary>
    private async Task<Guid> ReservationAsync(bool approve, bool checkOut)
    {
        var item = await ItemAsync(shareable: true);
        var id = await CreateAsync(DemoUsers.StaffB, $"/api/equipment/{item}/reservations", Bodies.Reservation());
        if (approve)
        {
            await PostAsync(DemoUsers.StaffA, $"/api/equipment/reservations/{id}/approve");
        }

        if (checkOut)
        {
            await PostAsync(DemoUsers.StaffA, $"/api/equipment/reservations/{id}/checkout");
        }

        return id;
    }

    /// <summary>Partner A's profile as it stands, to be sent back unchanged.</summary>
    public async Task<object> ProfileOfAAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/partners/{DemoUsers.PartnerA}");
        using var response = await platform.SendAsync(null, request);
        var partner = await response.Content.ReadFromJsonAsync<JsonElement>();
        string[] fields =
        [
            "name",
            "kind",
            "siret",
            "description",
            "address",
            "contact",
            "services",
            "publics",
            "labels",
            "openingHours",
            "accessibility",
        ];
        return fields
            .Where(field => partner.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
            .ToDictionary(field => field, field => (object)partner.GetProperty(field));
    }

    private async Task<Guid> CreateAsync(string? user, string path, object body) =>
        (await CreateJsonAsync(user, path, body)).GetProperty("id").GetGuid();

    private async Task<JsonElement> CreateJsonAsync(string? user, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        using var response = await platform.SendAsync(user, request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException(
                $"POST {path} as {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
            );
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task PostAsync(string user, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        using var response = await platform.SendAsync(user, request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"POST {path} as {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
            );
        }
    }
}
