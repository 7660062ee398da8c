namespace Network.DevIdentity.Endpoints;

/// <summary>The token of an <c>Authorization: Bearer</c> header.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    public static string? FromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
