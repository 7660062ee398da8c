using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Network.Portal.Identity;

namespace Network.Portal.Tests.Identity;

/// <summary>The roles and structures of a session come from the access token, in both shapes Keycloak writes
/// <c>partner_id</c>.</summary>
public sealed class AccessTokenClaimsTests
{
    [Fact]
    public void One_structure_written_as_a_string_is_read()
    {
        var principal = Copy(new JsonObject { ["partner_id"] = "0193a000-0000-7000-8000-000000000001" });

        Assert.Equal(["0193a000-0000-7000-8000-000000000001"], Values(principal, "partner_id"));
        Assert.Equal(["partner-staff"], Values(principal, "role"));
    }

    [Fact]
    public void Several_structures_written_as_an_array_are_each_read()
    {
        var principal = Copy(new JsonObject { ["partner_id"] = new JsonArray("a", "b") });

        Assert.Equal(["a", "b"], Values(principal, "partner_id"));
    }

    [Fact]
    public void A_refreshed_token_replaces_what_the_previous_one_said()
    {
        var principal = Copy(new JsonObject { ["partner_id"] = new JsonArray("a", "b") });

        AccessTokenClaims.CopyTo(principal, Token(new JsonObject { ["partner_id"] = "b" }));

        Assert.Equal(["b"], Values(principal, "partner_id"));
        Assert.Equal(["partner-staff"], Values(principal, "role"));
    }

    private static ClaimsPrincipal Copy(JsonObject claims)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("partner_id", "from-the-id-token")], "test"));
        AccessTokenClaims.CopyTo(principal, Token(claims));
        return principal;
    }

    private static string Token(JsonObject claims)
    {
        claims["realm_access"] = new JsonObject { ["roles"] = new JsonArray("partner-staff") };
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"{Part("""{"alg":"none","typ":"JWT"}""")}.{Part(claims.ToJsonString())}.";
    }

    private static string[] Values(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(claim => claim.Value).ToArray();
}
