using System.Text.Json;

namespace Network.DevIdentity.Admin;

/// <summary>A request body of the admin API: Keycloak's representations, camelCase.</summary>
internal static class AdminJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The body as <typeparamref name="T"/>; null when there is none; an error when it does not
    /// parse.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(text, Options), null);
        }
        catch (JsonException)
        {
            return (null, AdminErrors.UnreadableJson());
        }
    }
}
