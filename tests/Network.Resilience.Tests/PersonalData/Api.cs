using System.Net.Http.Json;
using System.Text.Json;
using Network.Resilience.Tests.Platform;
using Network.Testing.Hosting;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>The people of the journeys, each with a client of the gateway.</summary>
public sealed class Cast : IDisposable
{
    private Cast(
        HttpClient anonymous,
        HttpClient staffA,
        HttpClient staffB,
        HttpClient adminA,
        HttpClient adminB,
        HttpClient coordinator,
        HttpClient staffC
    )
    {
        StaffC = staffC;
        Anonymous = anonymous;
        StaffA = staffA;
        StaffB = staffB;
        AdminA = adminA;
        AdminB = adminB;
        Coordinator = coordinator;
    }

    public HttpClient Anonymous { get; }

    public HttpClient StaffA { get; }

    public HttpClient StaffB { get; }

    public HttpClient AdminA { get; }

    public HttpClient AdminB { get; }

    public HttpClient Coordinator { get; }

    /// <summary>Staff of a third partner, party to none of the journeys.</summary>
    public HttpClient StaffC { get; }

    public static async Task<Cast> EnterAsync(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        return new Cast(
            await platform.ClientAsync(null),
            (await platform.ClientAsync(null)).Acting(await platform.TokenAsync(DemoUsers.StaffA), DemoUsers.PartnerA),
            (await platform.ClientAsync(null)).Acting(await platform.TokenAsync(DemoUsers.StaffB), DemoUsers.PartnerB),
            (await platform.ClientAsync(null)).Acting(await platform.TokenAsync(DemoUsers.AdminA), DemoUsers.PartnerA),
            (await platform.ClientAsync(null)).Acting(await platform.TokenAsync(DemoUsers.AdminB), DemoUsers.PartnerB),
            await platform.ClientAsync(DemoUsers.Coordinator),
            (await platform.ClientAsync(null)).Acting(await platform.TokenAsync(DemoUsers.StaffC), DemoUsers.PartnerC)
        );
    }

    public void Dispose()
    {
        foreach (var client in new[] { Anonymous, StaffA, StaffB, AdminA, AdminB, Coordinator, StaffC })
        {
            client.Dispose();
        }
    }
}

/// <summary>Calls that must succeed: a failure names the call and shows the answer.</summary>
public static class Api
{
    public static Task<JsonElement> PostAsync(this HttpClient client, string path, object? body = null) =>
        client.SendAsync(HttpMethod.Post, path, body);

    public static Task<JsonElement> ReadAsync(this HttpClient client, string path) =>
        client.SendAsync(HttpMethod.Get, path, null);

    public static async Task<string> GetTextAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return text;
    }

    public static async Task<JsonElement> SendAsync(
        this HttpClient client,
        HttpMethod method,
        string path,
        object? body
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A call that must be refused with <paramref name="expected"/>, e.g. a mistyped form.</summary>
    public static async Task RefusedAsync(
        this HttpClient client,
        HttpMethod method,
        string path,
        object body,
        System.Net.HttpStatusCode expected
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        using var response = await client.SendAsync(request);
        Assert.True(
            response.StatusCode == expected,
            $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? "";
}
