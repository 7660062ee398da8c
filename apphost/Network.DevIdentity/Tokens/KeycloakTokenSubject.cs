namespace Network.DevIdentity.Tokens;

/// <summary>
/// Who a Keycloak access token is about: what <see cref="KeycloakTokenShape"/> needs to shape it, for
/// DevIdentity and for the test issuer alike.
/// </summary>
/// <param name="Subject">The <c>sub</c>: the user's id, a GUID.</param>
/// <param name="UserName">The <c>preferred_username</c>.</param>
/// <param name="GivenName">The <c>given_name</c>; with <paramref name="FamilyName"/>, the <c>name</c>.</param>
/// <param name="FamilyName">The <c>family_name</c>.</param>
/// <param name="Email">The <c>email</c>.</param>
/// <param name="RealmRoles">The user's realm roles; Keycloak's default roles are added to them.</param>
/// <param name="ClientRoles">The user's client roles by client id; the <c>account</c> defaults are added.</param>
/// <param name="Claims">
/// Claims of the user's attributes, already under their claim names (<c>partner_id</c>): one value is
/// written as a string, several as an array, none not at all.
/// </param>
public sealed record KeycloakTokenSubject(
    string Subject,
    string UserName,
    string? GivenName,
    string? FamilyName,
    string? Email,
    IReadOnlyList<string> RealmRoles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Claims
)
{
    /// <summary>The <c>email_verified</c> claim.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>
    /// A client's service-account user: Keycloak gives its client-credentials tokens no session, hence no
    /// <c>sid</c>.
    /// </summary>
    public bool IsServiceAccount { get; init; }
}
