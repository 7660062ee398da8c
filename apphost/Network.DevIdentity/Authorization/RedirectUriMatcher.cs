namespace Network.DevIdentity.Authorization;

/// <summary>
/// Keycloak's check of a redirect URI against a client's patterns (<c>RedirectUtils.verifyRedirectUri</c>): the
/// URI, decoded and normalised, equals a pattern, or starts with what precedes a pattern's trailing <c>*</c>.
/// </summary>
internal static class RedirectUriMatcher
{
    /// <summary>Keycloak stops decoding after this many rounds and refuses a URI still encoded.</summary>
    private const int MaxDecodings = 5;

    /// <summary>
    /// The URI to send the browser to, or null when <paramref name="requested"/> matches no pattern. Without a
    /// requested URI (allowed when not <paramref name="required"/>), the client's only pattern, if it has one.
    /// </summary>
    public static string? Verify(string? requested, IEnumerable<string> patterns, string? rootUrl, bool required)
    {
        var valid = Resolve(patterns, rootUrl);
        if (requested is null)
        {
            if (required || valid.Count != 1)
            {
                return null;
            }

            var wildcard = valid[0].IndexOf("/*", StringComparison.Ordinal);
            return wildcard < 0 ? valid[0] : valid[0][..wildcard];
        }

        var original = Parse(requested);
        var decoded = Decode(requested) is { } plain ? Parse(plain) : null;
        if (original is null || decoded is null)
        {
            return null;
        }

        // The browser goes to the original URI: a wildcard must not accept one whose authority its decoding or
        // its user info disguises (http://localhost:5080%2F@elsewhere.example).
        var wildcards =
            original.UserInfo.Length == 0
            && decoded.UserInfo.Length == 0
            && string.Equals(
                original.GetLeftPart(UriPartial.Authority),
                decoded.GetLeftPart(UriPartial.Authority),
                StringComparison.OrdinalIgnoreCase
            );
        return
            Matches(valid, decoded.AbsoluteUri, wildcards)
            || Matches(valid, original.AbsoluteUri, allowWildcards: false)
            ? original.AbsoluteUri
            : null;
    }

    private static List<string> Resolve(IEnumerable<string> patterns, string? rootUrl) =>
        patterns
            .Where(pattern => pattern.Length > 0)
            .Select(pattern =>
                pattern.StartsWith('/') ? (rootUrl is null ? null : rootUrl.TrimEnd('/') + pattern) : pattern
            )
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool Matches(IEnumerable<string> valid, string redirect, bool allowWildcards)
    {
        foreach (var pattern in valid)
        {
            if (pattern == "*")
            {
                return true;
            }

            if (allowWildcards && pattern.EndsWith('*') && !pattern.Contains('?', StringComparison.Ordinal))
            {
                // Query and fragment are not compared when a wildcard applies.
                var end = redirect.IndexOfAny(['?', '#']);
                var path = end < 0 ? redirect : redirect[..end];
                var prefix = pattern[..^1];
                if (
                    path.StartsWith(prefix, StringComparison.Ordinal)
                    || (prefix.Length > 1 && prefix[^1] == '/' && path == prefix[..^1])
                )
                {
                    return true;
                }
            }
            else if (pattern == redirect)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The URI with everything before its query decoded until it no longer changes; null if it never
    /// settles.</summary>
    private static string? Decode(string uri)
    {
        var queryStart = uri.IndexOf('?', StringComparison.Ordinal);
        var head = queryStart < 0 ? uri : uri[..queryStart];
        var query = queryStart < 0 ? "" : uri[queryStart..];
        for (var round = 0; round < MaxDecodings; round++)
        {
            var decoded = Uri.UnescapeDataString(head);
            if (decoded == head)
            {
                return head + query;
            }

            head = decoded;
        }

        return null;
    }

    /// <summary>An absolute URI without fragment, normalised (dot segments removed, host lowercased); null
    /// otherwise.</summary>
    private static Uri? Parse(string uri)
    {
        // A Unix path parses as an absolute file URI: only a URI that names its scheme is one.
        return
            Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            && uri.StartsWith(parsed.Scheme + ":", StringComparison.OrdinalIgnoreCase)
            && !parsed.IsFile
            && !uri.Contains('#', StringComparison.Ordinal)
            ? parsed
            : null;
    }
}
