using System.Net.Http.Json;
using System.Text.Json;
using Network.Activity.Persistence;
using Network.Testing.Hosting;

namespace Network.Activity.Tests;

/// <summary>Every figure an activity instance answers, read through its API, to compare two instances or two
/// moments.</summary>
internal static class ActivityFigures
{
    public static readonly string[] Queries =
    [
        "/api/activity/overview",
        "/api/activity/overview?from=2020-01-01&to=2040-12-31",
        "/api/activity/overview?commune=Nice",
        "/api/activity/partners?pageSize=100",
        "/api/activity/referral-flows",
        "/api/activity/referrals/pending",
        "/api/activity/timeseries?granularity=month&from=2026-01-01&to=2027-12-31",
        "/api/activity/timeseries?granularity=week&from=2026-10-01&to=2027-03-31",
        "/api/activity/export.csv",
    ];

    public static async Task<Dictionary<string, string>> ReadAsync(
        ServiceFactory<ActivityDbContext> activity,
        string coordinatorToken,
        params Guid[] partners
    )
    {
        using var coordinator = activity.CreateClient(coordinatorToken);
        var figures = new Dictionary<string, string>();
        foreach (var query in Queries.Concat(partners.Select(partner => $"/api/activity/overview?partnerId={partner}")))
        {
            var response = await coordinator.GetAsync(new Uri(query, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{query} answered {response.StatusCode}");
            figures[query] = await response.Content.ReadAsStringAsync();
        }

        return figures;
    }

    public static async Task<JsonElement> JsonAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri(query, UriKind.Relative));
        Assert.True(
            response.IsSuccessStatusCode,
            $"{query} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
        );
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The value of <paramref name="path"/> (dotted) in <paramref name="json"/>, as JSON text: <c>5</c>,
    /// <c>null</c>, <c>0.8</c>.</summary>
    public static string At(JsonElement json, string path)
    {
        var element = json;
        foreach (var name in path.Split('.'))
        {
            element = element.GetProperty(name);
        }

        return element.GetRawText();
    }
}
