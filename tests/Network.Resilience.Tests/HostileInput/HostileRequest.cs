using System.Text;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>Who sends a request: a demo user (or nobody), and the partner they name with <c>X-Partner-Id</c>.</summary>
public sealed record Actor(string? UserName, string? PartnerHeader = null)
{
    public override string ToString() => UserName ?? "anonymous";
}

/// <summary>One request that the contract rejects, and the rule it breaks (<see cref="Breaks"/>).</summary>
public sealed record HostileRequest(
    ApiOperation Operation,
    string Method,
    string PathAndQuery,
    Actor Actor,
    string Breaks,
    byte[]? Body = null,
    string? ContentType = null,
    IReadOnlyDictionary<string, string>? Headers = null
)
{
    public static byte[] Json(string text) =>
        Encoding.UTF8.GetBytes(
            text.Replace($"\"{HostileText.LoneSurrogateMarker}\"", "\"\\ud800 lone \\udfff\"", StringComparison.Ordinal)
        );

    /// <summary>The body as text, cut short, for a failure message.</summary>
    public string BodyExcerpt(int length = 160)
    {
        if (Body is null)
        {
            return "(no body)";
        }

        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, length * 4));
        var excerpt = text.Length > length ? text[..length] + $"… ({Body.Length} bytes)" : text;
        return excerpt
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\0", "\\0", StringComparison.Ordinal);
    }

    public override string ToString()
    {
        var path = PathAndQuery.Length > 200 ? PathAndQuery[..200] + "…" : PathAndQuery;
        var partner = Actor.PartnerHeader is null ? "" : $" (X-Partner-Id {Actor.PartnerHeader})";
        return $"{Method} {path} as {Actor}{partner} — {Breaks} — body {BodyExcerpt()}";
    }
}
