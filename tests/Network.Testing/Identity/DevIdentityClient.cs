using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Testing.Identity;

/// <summary>Obtains tokens from the platform's identity provider the way a script does: the password grant of the
/// <c>network-cli</c> client.</summary>
public static class DevIdentityClient
{
    public static async Task<string> PasswordTokenAsync(Uri identity, string username, string password)
    {
        using var http = new HttpClient { BaseAddress = identity };
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "network-cli",
                ["username"] = username,
                ["password"] = password,
            }
        );
        using var response = await http.PostAsync(
            new Uri("/realms/network/protocol/openid-connect/token", UriKind.Relative),
            form
        );
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
