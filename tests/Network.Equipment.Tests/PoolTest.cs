using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Partners;
using Network.Equipment.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Equipment.Tests;

/// <summary>
/// The equipment service with three active partners in its replica, as the partners service would announce them:
/// an owner that lends, a borrower, and a third partner that is neither.
/// </summary>
public abstract class PoolTest(TestInfrastructure infrastructure)
    : ServiceTest<EquipmentDbContext>(infrastructure, "equipmentdb")
{
    protected Guid Owner { get; } = Guid.CreateVersion7();

    protected Guid Borrower { get; } = Guid.CreateVersion7();

    protected Guid Third { get; } = Guid.CreateVersion7();

    /// <summary>The service's clock: a test that moves time replaces it.</summary>
    protected virtual DateTimeOffset Now => Instants.UtcNow;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        foreach (
            var (partner, name, commune) in new[]
            {
                (Owner, "Médiathèque des Remparts", "Antibes"),
                (Borrower, "Centre social Les Moulins", "Nice"),
                (Third, "CCAS de Menton", "Menton"),
            }
        )
        {
            await publisher.PublishAsync(
                new PartnerRegistered(
                    new PartnerSnapshot(partner, name, "mediatheque", "active", "06600", commune, null, null, null),
                    DateTimeOffset.UtcNow
                ),
                Guid.NewGuid()
            );
        }

        await Eventually.AssertAsync(
            () => Service.WithScopeAsync<EquipmentDbContext, bool>(async db => db.Partners.Count() == 3),
            "the three partners are in the replica"
        );
    }

    protected HttpClient StaffOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(partner)));

    protected HttpClient AdminOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Admin(partner)));

    protected HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

    protected HttpClient Newcomer() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Newcomer()));

    protected HttpClient Anonymous() => Service.CreateClient(token: null);

    /// <summary>Registers an item of <see cref="Owner"/>; <paramref name="extra"/> overrides fields of the
    /// body.</summary>
    protected async Task<Guid> RegisterItemAsync(
        int maxDays = 7,
        int bufferHours = 0,
        bool requiresApproval = true,
        bool shareable = true,
        string[]? components = null,
        string category = "laptop",
        Guid? owner = null
    )
    {
        using var staff = StaffOf(owner ?? Owner);
        var response = await staff.PostAsJsonAsync(
            "/api/equipment",
            ItemBody(maxDays, bufferHours, requiresApproval, shareable, components, category)
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static object ItemBody(
        int maxDays = 7,
        int bufferHours = 0,
        bool requiresApproval = true,
        bool shareable = true,
        string[]? components = null,
        string category = "laptop"
    ) =>
        new
        {
            name = "Ordinateur portable reconditionné",
            category,
            assetTag = "PC-01",
            description = "Portable 14 pouces avec chargeur.",
            shareable,
            loanRules = new
            {
                maxDays,
                bufferHours,
                requiresApproval,
            },
            components = components ?? [],
        };

    /// <summary>Asks for <paramref name="item"/> as <paramref name="borrower"/> from <paramref name="fromHours"/> hours
    /// from now, for <paramref name="hours"/> hours.</summary>
    protected async Task<HttpResponseMessage> ReserveAsync(
        Guid item,
        Guid borrower,
        double fromHours,
        double hours,
        HttpClient? client = null
    )
    {
        var from = Now.AddHours(fromHours);
        using var own = client is null ? StaffOf(borrower) : null;
        return await (client ?? own!).PostAsJsonAsync(
            $"/api/equipment/{item}/reservations",
            new
            {
                from,
                to = from.AddHours(hours),
                purpose = "Atelier numérique du mardi",
            }
        );
    }

    /// <summary>A reservation that must be created: its id.</summary>
    protected async Task<Guid> ReservedAsync(Guid item, Guid borrower, double fromHours, double hours)
    {
        var response = await ReserveAsync(item, borrower, fromHours, hours);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsJsonAsync(path, body ?? new { });
    }
}
