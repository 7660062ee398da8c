using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Partners.Tests;

/// <summary>Local mode seeds a dozen demo partners once, announced like any other.</summary>
public sealed class DemoNetworkSeedingTests(TestInfrastructure infrastructure)
    : ServiceTest<PartnersDbContext>(infrastructure, "partnersdb")
{
    private const int DemoPartners = 12;

    protected override void Configure(Dictionary<string, string?> settings) => settings["Seed:Demo"] = "true";

    [Fact]
    public async Task The_demo_network_is_seeded_once_and_announced()
    {
        using var anonymous = Service.CreateClient(token: null);
        var moulins = await anonymous.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners/0193a000-0000-7000-8000-000000000001", UriKind.Relative)
        );
        Assert.Equal("active", moulins.GetProperty("status").GetString());

        // A second start on the same database adds nothing.
        await using (var again = new ServiceFactory<PartnersDbContext>(Settings))
        {
            await again.StartAsync();
        }

        Assert.Equal(
            DemoPartners,
            await Service.WithScopeAsync<PartnersDbContext, int>(db => db.Partners.CountAsync())
        );
        Assert.Equal(
            DemoPartners,
            await Service.WithScopeAsync<PartnersDbContext, int>(db => db.OutboxMessages.CountAsync())
        );
    }

    [Fact]
    public async Task The_directory_lists_active_partners_by_page()
    {
        using var anonymous = Service.CreateClient(token: null);

        var first = await anonymous.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners?pageSize=5", UriKind.Relative)
        );
        var third = await anonymous.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners?page=3&pageSize=5", UriKind.Relative)
        );

        Assert.Equal(DemoPartners, first.GetProperty("total").GetInt32());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, third.GetProperty("items").GetArrayLength());
        Assert.Equal(3, third.GetProperty("page").GetInt32());
        var names = first
            .GetProperty("items")
            .EnumerateArray()
            .Select(item => item.GetProperty("name").GetString())
            .ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task Out_of_range_paging_is_400_naming_the_parameter(string query, string field)
    {
        using var anonymous = Service.CreateClient(token: null);
        var response = await anonymous.GetAsync(new Uri($"/api/partners?{query}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _)
        );
    }
}
