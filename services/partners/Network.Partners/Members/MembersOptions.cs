namespace Network.Partners.Members;

/// <summary>
/// The <c>Members</c> configuration section: how the partners service reaches Keycloak's admin API, where the
/// accounts of the network's people live.
/// </summary>
public sealed class MembersOptions
{
    public const string SectionName = "Members";

    /// <summary>The realm's confidential client whose service account holds <c>realm-management</c>'s
    /// <c>view-users</c> and <c>manage-users</c>, and nothing else.</summary>
    public string ClientId { get; set; } = "network-members";

    public string? ClientSecret { get; set; }

    /// <summary>Keycloak's address for the admin API; <c>Keycloak:auth-server-url</c> when unset.</summary>
    public string? AuthServerUrl { get; set; }

    /// <summary>The client whose sign-in the "set your password" e-mail leads back to, and where.</summary>
    public string InvitationClientId { get; set; } = "network-portal";

    /// <summary>Where the invited person goes once their password is set, among the client's valid redirect URIs;
    /// unset, Keycloak's page says the account is ready and links to the client's base URL (the portal).</summary>
    public string? InvitationRedirectUri { get; set; }

    /// <summary>How long the link of the "set your password" e-mail works.</summary>
    public TimeSpan InvitationLifespan { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often the rights an approval or an archive gives or takes are tried again while Keycloak
    /// refuses.</summary>
    public TimeSpan GrantInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two tries of the same right.</summary>
    public TimeSpan GrantMaxBackoff { get; set; } = TimeSpan.FromMinutes(10);
}
