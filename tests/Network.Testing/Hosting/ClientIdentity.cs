using System.Net.Http.Headers;
using Network.ServiceDefaults.Identity;

namespace Network.Testing.Hosting;

public static class ClientIdentity
{
    /// <summary>Sends <paramref name="token"/> as the bearer and names the partner the caller acts for, when
    /// given.</summary>
    public static HttpClient Acting(this HttpClient client, string? token, Guid? actingPartner = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (actingPartner is { } partnerId)
        {
            client.DefaultRequestHeaders.Add(ActingPartner.HeaderName, partnerId.ToString());
        }

        return client;
    }
}
