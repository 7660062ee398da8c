using System.Net.Http.Json;
using Network.Referrals.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Referrals.Tests;

/// <summary>Local mode's demo referrals between the demo partners, in several states, seeded once.</summary>
public sealed class DemoReferralsTests(TestInfrastructure infrastructure)
    : ServiceTest<ReferralsDbContext>(infrastructure, "referralsdb")
{
    private static readonly Guid Moulins = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    protected override void Configure(Dictionary<string, string?> settings) => settings["Seed:Demo"] = "true";

    [Fact]
    public async Task The_demo_network_has_referrals_in_several_states_visible_to_their_partners()
    {
        using var moulins = Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Moulins)));
        var page = await moulins.GetFromJsonAsync<System.Text.Json.JsonElement>(
            new Uri("/api/referrals", UriKind.Relative)
        );
        var statuses = page.GetProperty("items")
            .EnumerateArray()
            .Select(item => item.GetProperty("status").GetString())
            .ToHashSet();

        Assert.Superset(new HashSet<string?> { "sent", "accepted", "no-show" }, statuses);
        var all = await Service.WithScopeAsync<ReferralsDbContext, List<string>>(db =>
            Task.FromResult(db.Referrals.Select(r => r.Status.ToString()).ToList())
        );
        Assert.Equal(5, all.Count);
        Assert.True(all.Distinct().Count() >= 5, string.Join(", ", all));
    }
}
