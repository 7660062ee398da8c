using System.ComponentModel.DataAnnotations;
using Network.Partners.Members;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Validation;

namespace Network.Partners.Api;

/// <param name="Email">The person's e-mail: their existing account's, or the new account's username.</param>
/// <param name="FirstName">The person's first name, for a new account.</param>
/// <param name="LastName">The person's last name, for a new account.</param>
/// <param name="Role">`partner-staff` or `partner-admin`.</param>
public sealed record MemberInvitationRequest(
    [property: Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [property: MailAddress(WithDomainDot = true, ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [property: MaxLength(254, ErrorMessage = "L'adresse e-mail fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Email = null,
    [property: Required(ErrorMessage = "Le prénom est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "Le prénom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? FirstName = null,
    [property: Required(ErrorMessage = "Le nom est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? LastName = null,
    [property: Required(ErrorMessage = MemberRoleRequest.RoleMessage)]
    [property: AllowedValues(Roles.PartnerStaff, Roles.PartnerAdmin, ErrorMessage = MemberRoleRequest.RoleMessage)]
        string? Role = null
)
{
    internal Invitation ToInvitation() =>
#pragma warning disable CA1308 // Keycloak keeps e-mails lowercased; so does the invitation.
        new(Email!.Trim().ToLowerInvariant(), FirstName!.Trim(), LastName!.Trim(), Role!);
#pragma warning restore CA1308
}

/// <param name="Role">`partner-staff` or `partner-admin`.</param>
public sealed record MemberRoleRequest(
    [property: Required(ErrorMessage = MemberRoleRequest.RoleMessage)]
    [property: AllowedValues(Roles.PartnerStaff, Roles.PartnerAdmin, ErrorMessage = MemberRoleRequest.RoleMessage)]
        string? Role = null
)
{
    internal const string RoleMessage = "Le rôle est partner-staff ou partner-admin.";
}

/// <summary>A person who works for the partner.</summary>
/// <param name="UserId">The person's account id in the identity provider.</param>
/// <param name="Username">The name they sign in with.</param>
/// <param name="Email">Their e-mail.</param>
/// <param name="FirstName">Their first name.</param>
/// <param name="LastName">Their last name.</param>
/// <param name="Role">`partner-staff` or `partner-admin`; a role holds for every partner the person works for.</param>
/// <param name="Pending">Invited, and has not chosen a password yet.</param>
public sealed record MemberResponse(
    string UserId,
    string Username,
    string? Email,
    string? FirstName,
    string? LastName,
    string Role,
    bool Pending
)
{
    internal static MemberResponse From(Member member) =>
        new(
            member.Id,
            member.Account.Username ?? "",
            member.Account.Email,
            member.Account.FirstName,
            member.Account.LastName,
            member.Role,
            member.IsPending
        );
}
