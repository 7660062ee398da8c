using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Partners;
using Network.Equipment.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Equipment.Tests;

/// <summary>Local mode's demo pool appears once the partners service has announced the demo partners.</summary>
public sealed class DemoPoolTests(TestInfrastructure infrastructure)
    : ServiceTest<EquipmentDbContext>(infrastructure, "equipmentdb")
{
    private static readonly int[] DemoPartners = [1, 2, 3, 4, 5, 7];

    protected override void Configure(Dictionary<string, string?> settings) => settings["Seed:Demo"] = "true";

    [Fact]
    public async Task The_demo_pool_lends_laptops_tablets_the_web_radio_kit_and_a_projector_with_a_few_reservations()
    {
        await using (var publisher = await TestPublisher.StartAsync(RabbitMq))
        {
            foreach (var number in DemoPartners)
            {
                var id = Guid.Parse($"0193a000-0000-7000-8000-{number:x12}");
                await publisher.PublishAsync(
                    new PartnerRegistered(
                        new PartnerSnapshot(
                            id,
                            $"Structure {number}",
                            "centre-social",
                            "active",
                            "06000",
                            "Nice",
                            null,
                            null,
                            null
                        ),
                        DateTimeOffset.UtcNow
                    ),
                    Guid.NewGuid()
                );
            }
        }

        using var coordinator = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));
        await Eventually.AssertAsync(
            async () =>
                (await coordinator.GetFromJsonAsync<JsonElement>(new Uri("/api/equipment", UriKind.Relative)))
                    .GetProperty("total")
                    .GetInt32() == 6,
            "the demo items are in the catalogue"
        );
        var items = (await coordinator.GetFromJsonAsync<JsonElement>(new Uri("/api/equipment", UriKind.Relative)))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();
        Assert.Superset(
            new HashSet<string> { "laptop", "tablet", "radio-kit", "projector" },
            items.Select(i => i.GetProperty("category").GetString()!).ToHashSet()
        );
        Assert.Equal(
            10,
            items
                .Single(i => i.GetProperty("category").GetString() == "radio-kit")
                .GetProperty("components")
                .GetArrayLength()
        );

        var moulins = Guid.Parse("0193a000-0000-7000-8000-000000000001");
        using var staff = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(moulins)));
        var mine = await staff.GetFromJsonAsync<JsonElement>(
            new Uri("/api/equipment/reservations?as=borrower", UriKind.Relative)
        );
        Assert.Equal("approved", mine.GetProperty("items")[0].GetProperty("status").GetString());
    }
}
