using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Network.ServiceDefaults.Identity;

/// <summary>
/// Who is calling, for which partner, with which roles: the one question endpoints ask about identity.
/// Declare a <c>Caller</c> parameter on a handler to receive it.
/// </summary>
public sealed class Caller
{
    public static readonly Caller Anonymous = new(null, null, new HashSet<string>(), [], null);

    internal Caller(
        string? userId,
        string? userName,
        IReadOnlySet<string> roles,
        IReadOnlyList<Guid> partnerIds,
        Guid? actingPartnerId
    )
    {
        UserId = userId;
        UserName = userName;
        Roles = roles;
        PartnerIds = partnerIds;
        ActingPartnerId = actingPartnerId;
    }

    /// <summary>The token's <c>sub</c>; null for an anonymous caller.</summary>
    public string? UserId { get; }

    /// <summary><c>preferred_username</c>, for display and audit only.</summary>
    public string? UserName { get; }

    public IReadOnlySet<string> Roles { get; }

    /// <summary>Every partner the token lists in <c>partner_id</c>.</summary>
    public IReadOnlyList<Guid> PartnerIds { get; }

    /// <summary>The partner this request acts for: named by <c>X-Partner-Id</c>, or the token's only one.</summary>
    public Guid? ActingPartnerId { get; }

    public bool IsAuthenticated => UserId is not null;

    /// <summary>The token lists several partners and the request names none: it must, to act for one
    /// (<see cref="ActingPartner.NotNamed"/>).</summary>
    public bool MustNamePartner => IsAuthenticated && ActingPartnerId is null && PartnerIds.Count > 1;

    public bool IsCoordinator => Roles.Contains(Identity.Roles.Coordinator);

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>Staff or admin of <paramref name="partnerId"/>, acting for it in this request.</summary>
    public bool IsStaffOf(Guid partnerId) =>
        ActingPartnerId == partnerId && (HasRole(Identity.Roles.PartnerStaff) || HasRole(Identity.Roles.PartnerAdmin));

    /// <summary>The partner the caller acts for as its staff or admin; null for the coordinator or a user without a
    /// partner.</summary>
    public Guid? StaffPartnerId => ActingPartnerId is { } partner && IsStaffOf(partner) ? partner : null;

    /// <summary>Admin of <paramref name="partnerId"/>, acting for it in this request.</summary>
    public bool IsAdminOf(Guid partnerId) => ActingPartnerId == partnerId && HasRole(Identity.Roles.PartnerAdmin);

    public static ValueTask<Caller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<Caller?>(context.GetCaller());
    }

    internal static Caller From(ClaimsPrincipal user, Guid? actingPartnerId, IReadOnlyList<Guid> partnerIds) =>
        new(
            user.FindFirst(KeycloakClaims.Subject)?.Value,
            user.FindFirst(KeycloakClaims.PreferredUsername)?.Value,
            user.FindAll(KeycloakClaims.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal),
            partnerIds,
            actingPartnerId
        );
}
