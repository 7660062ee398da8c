using Network.ServiceDefaults.Identity;

namespace Network.Partners.Members;

/// <summary>
/// A partner's members, kept where accounts live: in Keycloak, as the partner's id among the account's
/// <c>partner_id</c> values and the realm role <c>partner-staff</c> or <c>partner-admin</c>. A realm role is the
/// account's for every partner it works for; so an account of several partners keeps one role for all of them, and
/// loses its role only with its last partner.
/// </summary>
internal sealed class Membership(KeycloakAdmin keycloak)
{
    private static readonly string[] PartnerRoles = [Roles.PartnerStaff, Roles.PartnerAdmin];

    public async Task<IReadOnlyList<Member>> ListAsync(Guid partnerId, CancellationToken ct)
    {
        var members = new List<Member>();
        foreach (var account in await keycloak.UsersOfPartnerAsync(partnerId, ct))
        {
            members.Add(await MemberOfAsync(account, ct));
        }

        return [.. members.OrderBy(member => member.Account.LastName).ThenBy(member => member.Account.FirstName)];
    }

    public async Task<Member?> FindAsync(Guid partnerId, string memberId, CancellationToken ct)
    {
        var account = await keycloak.FindAsync(memberId, ct);
        if (account is null || !account.PartnerIds.Contains(partnerId))
        {
            return null;
        }

        return await MemberOfAsync(account, ct);
    }

    /// <summary>
    /// Gives the partner to the account of <paramref name="invitation"/>'s e-mail, or to a new account that receives
    /// Keycloak's "set your password" e-mail; inviting again someone who has not set their password sends it again.
    /// </summary>
    public async Task<(Member? Member, Invited Outcome, MemberRefusal Refusal)> InviteAsync(
        Guid partnerId,
        Invitation invitation,
        CancellationToken ct
    )
    {
        var account = await keycloak.FindByEmailAsync(invitation.Email, ct);
        if (account is null)
        {
            return (await CreateAsync(partnerId, invitation, ct), Invited.NewAccount, MemberRefusal.None);
        }

        var roles = await keycloak.RealmRolesAsync(account.Id!, ct);
        var current = Member.RoleOf(roles);
        var refusal =
            roles.Contains(Roles.Coordinator) ? MemberRefusal.Coordinator
            : account.PartnerIds.Contains(partnerId) && !account.IsPending ? MemberRefusal.AlreadyMember
            : account.PartnerIds.Count > 0 && current is not null && current != invitation.Role
                ? MemberRefusal.RoleHeldElsewhere
            : MemberRefusal.None;
        if (refusal != MemberRefusal.None)
        {
            return (null, Invited.Refused, refusal);
        }

        var outcome = account.PartnerIds.Contains(partnerId) ? Invited.AgainByEmail : Invited.ExistingAccount;
        if (outcome == Invited.ExistingAccount)
        {
            account.SetPartnerIds([.. account.PartnerIds, partnerId]);
            await keycloak.UpdateAsync(account, ct);
        }

        await SetRoleAsync(account.Id!, current, invitation.Role, ct);
        if (account.IsPending)
        {
            await keycloak.SendSetPasswordEmailAsync(account.Id!, ct);
        }

        return (new Member(account, invitation.Role), outcome, MemberRefusal.None);
    }

    public async Task<MemberRefusal> ChangeRoleAsync(Guid partnerId, Member member, string role, CancellationToken ct)
    {
        if (member.Role == role)
        {
            return MemberRefusal.None;
        }

        if (member.IsAdmin && !await HasAnotherAdminAsync(partnerId, member.Id, ct))
        {
            return MemberRefusal.LastAdmin;
        }

        if (member.Account.PartnerIds.Count > 1)
        {
            return MemberRefusal.RoleHeldElsewhere;
        }

        await SetRoleAsync(member.Id, member.Role, role, ct);
        return MemberRefusal.None;
    }

    public async Task<MemberRefusal> RemoveAsync(Guid partnerId, Member member, CancellationToken ct)
    {
        if (member.IsAdmin && !await HasAnotherAdminAsync(partnerId, member.Id, ct))
        {
            return MemberRefusal.LastAdmin;
        }

        await TakePartnerAsync(member.Account, partnerId, ct);
        return MemberRefusal.None;
    }

    /// <summary>
    /// Makes the applicant of an approved partner its admin: the partner in their <c>partner_id</c>, and
    /// <c>partner-admin</c> unless the account already works for other partners with another role (it then keeps that
    /// role). Answers the role the account has for the partner, or null when the account no longer exists.
    /// </summary>
    public async Task<string?> GrantApplicantAsync(Guid partnerId, string accountId, CancellationToken ct)
    {
        var account = await keycloak.FindAsync(accountId, ct);
        if (account is null)
        {
            return null;
        }

        var roles = await keycloak.RealmRolesAsync(accountId, ct);
        var current = Member.RoleOf(roles);
        var others = account.PartnerIds.Where(id => id != partnerId).ToList();
        var role = others.Count > 0 && current is not null ? current : Roles.PartnerAdmin;
        if (!account.PartnerIds.Contains(partnerId))
        {
            account.SetPartnerIds([.. account.PartnerIds, partnerId]);
            await keycloak.UpdateAsync(account, ct);
        }

        await SetRoleAsync(accountId, current, role, ct);
        return role;
    }

    /// <summary>Takes an archived partner from every account that works for it; answers their ids.</summary>
    public async Task<IReadOnlyList<string>> RevokeAllAsync(Guid partnerId, CancellationToken ct)
    {
        var accounts = await keycloak.UsersOfPartnerAsync(partnerId, ct);
        foreach (var account in accounts)
        {
            await TakePartnerAsync(account, partnerId, ct);
        }

        return [.. accounts.Select(account => account.Id!)];
    }

    /// <summary>The account with the role it has for every partner it works for.</summary>
    private async Task<Member> MemberOfAsync(KeycloakUser account, CancellationToken ct) =>
        new(account, Member.RoleOf(await keycloak.RealmRolesAsync(account.Id!, ct)) ?? Roles.PartnerStaff);

    private async Task<Member> CreateAsync(Guid partnerId, Invitation invitation, CancellationToken ct)
    {
        var account = new KeycloakUser
        {
            Username = invitation.Email,
            Email = invitation.Email,
            FirstName = invitation.FirstName,
            LastName = invitation.LastName,
            Enabled = true,
            RequiredActions = [Member.SetPassword],
        };
        account.SetPartnerIds([partnerId]);
        account.Id = await keycloak.CreateAsync(account, ct)
            ?? throw IdentityProviderException.Refusing(409, "creating a user whose e-mail no search finds");
        await keycloak.AddRealmRolesAsync(account.Id, [invitation.Role], ct);
        await keycloak.SendSetPasswordEmailAsync(account.Id, ct);
        return new Member(account, invitation.Role);
    }

    private async Task SetRoleAsync(string accountId, string? current, string role, CancellationToken ct)
    {
        if (current == role)
        {
            return;
        }

        await keycloak.AddRealmRolesAsync(accountId, [role], ct);
        await keycloak.RemoveRealmRolesAsync(accountId, PartnerRoles.Where(other => other != role), ct);
    }

    private async Task TakePartnerAsync(KeycloakUser account, Guid partnerId, CancellationToken ct)
    {
        account.SetPartnerIds(account.PartnerIds.Where(id => id != partnerId));
        await keycloak.UpdateAsync(account, ct);
        if (account.PartnerIds.Count == 0)
        {
            await keycloak.RemoveRealmRolesAsync(account.Id!, PartnerRoles, ct);
        }
    }

    private async Task<bool> HasAnotherAdminAsync(Guid partnerId, string memberId, CancellationToken ct) =>
        (await ListAsync(partnerId, ct)).Any(member => member.IsAdmin && member.Id != memberId);
}

/// <summary>What an invitation did.</summary>
internal enum Invited
{
    Refused,

    /// <summary>A new account, which received the e-mail to choose a password.</summary>
    NewAccount,

    /// <summary>An existing account now works for the partner too.</summary>
    ExistingAccount,

    /// <summary>The person was already invited and had not chosen a password: the e-mail went again.</summary>
    AgainByEmail,
}

/// <summary>Who to invite, with the role they will have.</summary>
internal sealed record Invitation(string Email, string FirstName, string LastName, string Role);
