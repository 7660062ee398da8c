using Microsoft.AspNetCore.Authentication;
using Network.ServiceDefaults.Identity;
using RealmRoles = Network.ServiceDefaults.Identity.Roles;

namespace Network.Portal.Identity;

/// <summary>The person a request is for: signed in or not, their roles and structures, and the one they act
/// for.</summary>
internal sealed class PortalUser
{
    public const string ActingPartnerItem = "acting_partner";

    private PortalUser(AuthenticateResult result)
    {
        var principal = result.Succeeded ? result.Principal : null;
        IsSignedIn = principal?.Identity?.IsAuthenticated == true;
        UserName = principal?.FindFirst(KeycloakClaims.PreferredUsername)?.Value ?? "";
        DisplayName = principal?.FindFirst("name")?.Value is { Length: > 0 } name ? name : UserName;
        Roles = principal?.FindAll(KeycloakClaims.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal)
            ?? [];
        PartnerIds = principal is null ? [] : ActingPartner.PartnerIdsOf(principal);
        AccessToken = result.Properties?.GetTokenValue("access_token");
        var chosen =
            result.Properties?.Items.TryGetValue(ActingPartnerItem, out var item) == true
            && Guid.TryParse(item, out var id)
                ? id
                : (Guid?)null;
        ActingPartnerId =
            chosen is { } acting && PartnerIds.Contains(acting) ? acting
            : PartnerIds.Count > 0 ? PartnerIds[0]
            : null;
    }

    public static PortalUser Anonymous { get; } = new(AuthenticateResult.NoResult());

    public bool IsSignedIn { get; }

    public string UserName { get; }

    public string DisplayName { get; }

    public IReadOnlySet<string> Roles { get; }

    public IReadOnlyList<Guid> PartnerIds { get; }

    /// <summary>The structure the person acts for: the one they chose, else their first.</summary>
    public Guid? ActingPartnerId { get; }

    public string? AccessToken { get; }

    public bool IsCoordinator => Roles.Contains(RealmRoles.Coordinator);

    public bool IsStaff =>
        ActingPartnerId is not null
        && (Roles.Contains(RealmRoles.PartnerStaff) || Roles.Contains(RealmRoles.PartnerAdmin));

    public bool IsAdmin => ActingPartnerId is not null && Roles.Contains(RealmRoles.PartnerAdmin);

    /// <summary>Signed in, with no structure and no role yet: may ask to join the network.</summary>
    public bool MayApply => IsSignedIn && PartnerIds.Count == 0 && !IsCoordinator;

    public static async Task<PortalUser> OfAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[typeof(PortalUser)] is PortalUser known)
        {
            return known;
        }

        var user = new PortalUser(await context.AuthenticateAsync(PortalSignIn.CookieScheme));
        context.Items[typeof(PortalUser)] = user;
        return user;
    }
}
