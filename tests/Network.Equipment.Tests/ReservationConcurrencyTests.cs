using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Equipment.Persistence;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Equipment.Tests;

/// <summary>
/// Two reservations racing for the same window: exactly one wins, whatever the timing, even with two instances
/// of the service on one database; windows that do not collide are all granted.
/// </summary>
public sealed class ReservationConcurrencyTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    private const int Requests = 50;

    /// <summary>A second instance of the service on the same database and broker, as a scaled-out deployment
    /// runs.</summary>
    private readonly List<ServiceFactory<EquipmentDbContext>> _instances = [];

    private ServiceFactory<EquipmentDbContext> SecondInstance => _instances[0];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _instances.Add(new ServiceFactory<EquipmentDbContext>(Settings));
        await SecondInstance.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    [Fact]
    public async Task Fifty_overlapping_requests_fired_at_once_give_one_approval_and_forty_nine_conflicts()
    {
        var item = await RegisterItemAsync(requiresApproval: false, bufferHours: 2);

        var responses = await Task.WhenAll(
            Enumerable
                .Range(0, Requests)
                .Select(async index =>
                {
                    // Each overlaps every other: they all cover hour 24 to 25, on either instance of the service.
                    using var client = ClientOn(index);
                    return await ReserveAsync(item, Borrower, fromHours: 20 + (index % 5), hours: 6, client);
                })
        );

        var approved = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal("approved", (await JsonAsync(approved)).GetProperty("status").GetString());
        var refused = responses.Where(r => r != approved).ToList();
        Assert.Equal(Requests - 1, refused.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var problem in await Task.WhenAll(refused.Select(JsonAsync)))
        {
            Assert.True(problem.GetProperty("conflict").TryGetProperty("from", out _));
            Assert.Contains("déjà réservé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await HeldAsync(item));
    }

    [Fact]
    public async Task Fifty_requests_for_disjoint_windows_fired_at_once_are_all_approved()
    {
        var item = await RegisterItemAsync(requiresApproval: false, bufferHours: 2);

        // One hour each, three hours apart: exactly the two-hour buffer between the end of one and the start of the
        // next.
        var responses = await Task.WhenAll(
            Enumerable
                .Range(0, Requests)
                .Select(async index =>
                {
                    using var client = ClientOn(index);
                    return await ReserveAsync(item, Borrower, fromHours: 1 + (3 * index), hours: 1, client);
                })
        );

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.All(await Task.WhenAll(responses.Select(JsonAsync)), r =>
            Assert.Equal("approved", r.GetProperty("status").GetString())
        );
        Assert.Equal(Requests, await HeldAsync(item));
    }

    [Fact]
    public async Task Racing_approvals_of_overlapping_requests_approve_exactly_one()
    {
        var item = await RegisterItemAsync(requiresApproval: true);
        var requests = new List<Guid>();
        for (var index = 0; index < 10; index++)
        {
            requests.Add(await ReservedAsync(item, Borrower, fromHours: 10 + index, hours: 12));
        }

        var answers = await Task.WhenAll(
            requests.Select(
                async (id, index) =>
                {
                    using var owner =
                        index % 2 == 0
                            ? StaffOf(Owner)
                            : SecondInstance.CreateClient(
                                Infrastructure.Issuer.TokenFor(Network.Testing.Identity.TestUser.Staff(Owner))
                            );
                    return await PostAsync(owner, $"/api/equipment/reservations/{id}/approve");
                }
            )
        );

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(9, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await HeldAsync(item));
    }

    private HttpClient ClientOn(int index) =>
        index % 2 == 0
            ? StaffOf(Borrower)
            : SecondInstance.CreateClient(
                Infrastructure.Issuer.TokenFor(Network.Testing.Identity.TestUser.Staff(Borrower))
            );

    private async Task<int> HeldAsync(Guid item)
    {
        using var owner = StaffOf(Owner);
        var list = await owner.GetFromJsonAsync<JsonElement>(
            new Uri("/api/equipment/reservations?as=owner&status=approved&pageSize=100", UriKind.Relative)
        );
        return list.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("equipmentId").GetGuid() == item);
    }
}
