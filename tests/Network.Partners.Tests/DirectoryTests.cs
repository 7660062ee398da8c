using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Partners.Search;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>The public directory: active partners only, found by words, place, kind and vocabularies, or by
/// distance.</summary>
public sealed class DirectoryTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    [Theory]
    [InlineData("mediatheque", 2)]
    [InlineData("MÉDIATHÈQUE vesubie", 1)]
    [InlineData("france services", 2)]
    [InlineData("no such words", 0)]
    public async Task Q_searches_names_and_descriptions_without_accents_or_case(string q, int expected)
    {
        using var client = Anonymous();
        var page = await client.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/partners?q={Uri.EscapeDataString(q)}", UriKind.Relative)
        );
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("commune=nice", 2)]
    [InlineData("commune=Saint-Martin-V%C3%A9subie", 1)]
    [InlineData("postalCode=06130", 1)]
    [InlineData("kind=bibliotheque", 2)]
    [InlineData("service=aide-aux-demarches-administratives", 5)]
    [InlineData("public=jeunes", 5)]
    [InlineData("label=france-services", 2)]
    [InlineData("kind=france-services&label=aidants-connect", 2)]
    public async Task Filters_narrow_the_directory(string query, int expected)
    {
        using var client = Anonymous();
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/partners?{query}", UriKind.Relative));
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Near_returns_exactly_the_partners_within_the_radius_in_distance_order()
    {
        using var client = Anonymous();
        var all = (
            await client.GetFromJsonAsync<JsonElement>(new Uri("/api/partners?pageSize=100", UriKind.Relative))
        ).GetProperty("items");
        const double latitude = 43.7031,
            longitude = 7.2661,
            radiusKm = 20;
        var expected = all.EnumerateArray()
            .Select(item =>
                (
                    Id: item.GetProperty("id").GetGuid(),
                    Distance: Haversine(latitude, longitude, item.GetProperty("address"))
                )
            )
            .Where(entry => entry.Distance <= radiusKm)
            .OrderBy(entry => entry.Distance)
            .ToList();

        var near = await client.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/partners?near={latitude},{longitude}&radiusKm={radiusKm}", UriKind.Relative)
        );

        var items = near.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < DemoPartners);
        Assert.Equal(expected.Select(entry => entry.Id), items.Select(item => item.GetProperty("id").GetGuid()));
        Assert.Equal(expected.Count, near.GetProperty("total").GetInt32());
        Assert.All(items.Zip(expected), pair =>
            Assert.Equal(pair.Second.Distance, pair.First.GetProperty("distanceKm").GetDouble(), 2)
        );
    }

    [Theory]
    [InlineData("near=43.7", "near")]
    [InlineData("near=91,7", "near")]
    [InlineData("radiusKm=5", "radiusKm")]
    [InlineData("near=43.7,7.2&radiusKm=-1", "radiusKm")]
    [InlineData("kind=inconnu", "kind")]
    [InlineData("service=%27%20OR%20%271%27%3D%271", "service")]
    [InlineData("public=../../etc/passwd", "public")]
    [InlineData("label=%3Cscript%3E", "label")]
    public async Task Bad_search_parameters_are_400_naming_them(string query, string field)
    {
        using var client = Anonymous();
        var response = await client.GetAsync(new Uri($"/api/partners?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _)
        );
    }

    [Fact]
    public async Task Only_the_coordinator_lists_partners_that_are_not_active()
    {
        using var newcomer = Newcomer();
        Assert.Equal(HttpStatusCode.Created, (await newcomer.PostAsJsonAsync("/api/partners", Profile())).StatusCode);

        using var coordinator = Coordinator();
        var pending = await coordinator.GetFromJsonAsync<JsonElement>(
            new Uri("/api/partners?status=pending", UriKind.Relative)
        );
        Assert.Equal(1, pending.GetProperty("total").GetInt32());
        Assert.Equal(
            DemoPartners,
            (await Anonymous().GetFromJsonAsync<JsonElement>(new Uri("/api/partners", UriKind.Relative)))
                .GetProperty("total")
                .GetInt32()
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await StaffOf(Moulins).GetAsync(new Uri("/api/partners?status=pending", UriKind.Relative))).StatusCode
        );
    }

    [Fact]
    public async Task The_taxonomy_serves_every_vocabulary_with_french_labels()
    {
        using var client = Anonymous();
        var taxonomy = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/partners/taxonomy", UriKind.Relative));

        foreach (var vocabulary in new[] { "kinds", "services", "publics", "labels", "supportModes", "accessModes" })
        {
            Assert.All(taxonomy.GetProperty(vocabulary).EnumerateArray(), term =>
            {
                Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", term.GetProperty("code").GetString());
                Assert.False(string.IsNullOrWhiteSpace(term.GetProperty("label").GetString()));
            });
        }

        Assert.Contains(taxonomy.GetProperty("kinds").EnumerateArray(), term =>
            term.GetProperty("label").GetString() == "Centre social"
        );
    }

    private static double Haversine(double latitude, double longitude, JsonElement address) =>
        GreatCircle.DistanceKm(
            latitude,
            longitude,
            address.GetProperty("latitude").GetDouble(),
            address.GetProperty("longitude").GetDouble()
        );
}
