namespace Network.DevIdentity.Endpoints;

/// <summary>
/// The realm's issuer as the caller reached it, as Keycloak computes it without a configured hostname:
/// services and clients that use the same address agree on <c>iss</c>.
/// </summary>
internal static class RealmIssuer
{
    public static string Of(HttpRequest request, string realm) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/realms/{realm}";
}
