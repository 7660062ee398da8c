using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>Partners not updated for <c>Partners:StaleAfterDays</c> are marked stale, in the coordinator's view
/// only.</summary>
public sealed class FreshnessTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Partners:StaleAfterDays"] = "0";
    }

    [Fact]
    public async Task The_coordinator_sees_and_finds_stale_partners()
    {
        using var coordinator = Coordinator();
        var stale = await coordinator.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners?stale=true&pageSize=100", UriKind.Relative)
        );

        Assert.Equal(DemoPartners, stale.GetProperty("total").GetInt32());
        Assert.All(stale.GetProperty("items").EnumerateArray(), item =>
            Assert.True(item.GetProperty("stale").GetBoolean())
        );
    }

    [Fact]
    public async Task Others_see_no_freshness_and_cannot_filter_by_it()
    {
        using var anonymous = Anonymous();
        var page = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/partners", UriKind.Relative));

        Assert.All(page.GetProperty("items").EnumerateArray(), item =>
            Assert.False(item.TryGetProperty("stale", out _))
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await anonymous.GetAsync(new Uri("/api/partners?stale=true", UriKind.Relative))).StatusCode
        );
    }
}
