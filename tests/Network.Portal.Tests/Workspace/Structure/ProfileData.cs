using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Network.Portal.Tests.Workspace.Structure;

/// <summary>The profile of Centre social Les Moulins, as its admin reads and changes it through the API.</summary>
internal static class ProfileData
{
    private static readonly string[] ProfileFields =
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

    public static async Task<JsonObject> ReadAsync(PortalFixture portal)
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Admin);
        return JsonNode.Parse((await api.GetAsync($"/api/partners/{DemoUsers.Moulins}")).GetRawText())!.AsObject();
    }

    /// <summary>Another admin saves new access notes, on the version they read.</summary>
    public static async Task ChangeAccessNotesAsync(PortalFixture portal, string notes)
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Admin);
        var path = $"/api/partners/{DemoUsers.Moulins}";
        using var read = await api.Http.GetAsync(new Uri(path, UriKind.Relative));
        var profile = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
        var body = new JsonObject(
            ProfileFields.Select(field => KeyValuePair.Create(field, profile[field]?.DeepClone()))
        );
        body["accessibility"]!["notes"] = notes;

        using var update = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        update.Headers.IfMatch.Add(read.Headers.ETag!);
        using var answer = await api.Http.SendAsync(update);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
    }
}
