using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Network.ServiceDefaults.Http;

/// <summary>The <c>ETag</c> of a single resource: its <see cref="Persistence.IVersioned"/> version.</summary>
public static class ETags
{
    public static void SetETag(this HttpResponse response, long version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = Format(version);
    }

    public static string Format(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");
}
