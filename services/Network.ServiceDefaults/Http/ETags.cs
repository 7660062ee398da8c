using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Network.ServiceDefaults.Http;

/// <summary>The <c>ETag</c> of a single resource: its version (<c>IVersioned</c> of
/// Network.ServiceDefaults.Data).</summary>
public static class ETags
{
    public static void SetETag(this HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Format(version);
    }

    public static string Format(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>
    /// Whether a write may proceed against <paramref name="currentVersion"/>: true without <c>If-Match</c>, with
    /// <c>*</c>, or when one of its tags is the current one; false answers 412.
    /// </summary>
    public static bool IfMatchAllows(this HttpRequest request, long currentVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return true;
        }

        var current = Format(currentVersion);
        return ifMatch
            .SelectMany(value => (value ?? "").Split(','))
            .Select(tag => tag.Trim())
            .Any(tag => tag == "*" || tag == current || tag == $"W/{current}");
    }
}
