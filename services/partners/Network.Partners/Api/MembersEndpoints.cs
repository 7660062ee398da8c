using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Members;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>
/// A partner's members, for its admins and the coordinator: the accounts live in Keycloak, reached through its admin
/// API (<see cref="Membership"/>); every change is recorded and published. Keycloak not answering is 503, refusing
/// 502 (<see cref="IdentityProviderExceptionHandler"/>).
/// </summary>
internal static class MembersEndpoints
{
    public static void MapMembersEndpoints(this RouteGroupBuilder partners)
    {
        var members = partners.MapGroup("/{id:guid}/members").RequireAuthorization();
        members
            .MapGet("/", ListAsync)
            .WithSummary("The people who work for the partner, with their role (the partner's admins, coordinator).")
            .WithDescription(
                "Another partner's staff get 404, the partner's own staff 403. 503 when the identity provider does "
                    + "not answer, 502 when it refuses."
            );
        members
            .MapPost("/", InviteAsync)
            .WithSummary(
                "Invites a person: an existing account by its e-mail, else a new account that receives the identity "
                    + "provider's e-mail to choose a password (201); inviting again a person who has not chosen one "
                    + "sends it again (200)."
            )
            .WithDescription(
                "409 when the person already works for the partner, is the coordinator, or works for other partners "
                    + "with another role (a role holds for every partner of an account). A suspended partner's admins "
                    + "may read, not change (403)."
            );
        members
            .MapPut("/{userId}", ChangeRoleAsync)
            .WithSummary("Changes a member's role.")
            .WithDescription(
                "409 when it would leave the partner without an admin, or when the person works for other partners "
                    + "too (their role holds for all of them)."
            );
        members
            .MapDelete("/{userId}", RemoveAsync)
            .WithSummary("The person no longer works for the partner; an account of several partners keeps the others.")
            .WithDescription("409 when it would leave the partner without an admin.");
    }

    private static async Task<Results<Ok<MemberResponse[]>, ProblemHttpResult>> ListAsync(
        Guid id,
        [AsParameters] MembersContext context,
        CancellationToken ct
    )
    {
        if (await RefusalAsync(id, context, write: false, ct) is { } refusal)
        {
            return refusal;
        }

        var members = await context.Membership.ListAsync(id, ct);
        return TypedResults.Ok(members.Select(MemberResponse.From).ToArray());
    }

    private static async Task<Results<Created<MemberResponse>, Ok<MemberResponse>, ProblemHttpResult>> InviteAsync(
        Guid id,
        MemberInvitationRequest request,
        [AsParameters] MembersContext context,
        CancellationToken ct
    )
    {
        if (await RefusalAsync(id, context, write: true, ct) is { } refusal)
        {
            return refusal;
        }

        var (member, outcome, refused) = await context.Membership.InviteAsync(id, request.ToInvitation(), ct);
        if (member is null)
        {
            return Refused(refused);
        }

        if (outcome == Invited.AgainByEmail)
        {
            return TypedResults.Ok(MemberResponse.From(member));
        }

        var invited = outcome == Invited.NewAccount;
        MemberLedger.Added(context.Db, context.Time, id, member.Id, member.Role, context.By, invited);
        await context.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/partners/{id}/members/{member.Id}", MemberResponse.From(member));
    }

    private static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> ChangeRoleAsync(
        Guid id,
        string userId,
        MemberRoleRequest request,
        [AsParameters] MembersContext context,
        CancellationToken ct
    )
    {
        var (member, refusal) = await MemberAsync(id, userId, context, ct);
        if (member is null)
        {
            return refusal!;
        }

        var role = request.Role!;
        var refused = await context.Membership.ChangeRoleAsync(id, member, role, ct);
        if (refused != MemberRefusal.None)
        {
            return Refused(refused);
        }

        if (member.Role != role)
        {
            MemberLedger.RoleChanged(context.Db, context.Time, id, member.Id, role, context.By);
            await context.Db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(MemberResponse.From(member with { Role = role }));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id,
        string userId,
        [AsParameters] MembersContext context,
        CancellationToken ct
    )
    {
        var (member, refusal) = await MemberAsync(id, userId, context, ct);
        if (member is null)
        {
            return refusal!;
        }

        var refused = await context.Membership.RemoveAsync(id, member, ct);
        if (refused != MemberRefusal.None)
        {
            return Refused(refused);
        }

        MemberLedger.Removed(context.Db, context.Time, id, member.Id, context.By);
        await context.Db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Who may manage the partner's members: the coordinator, and the partner's admins acting for it; its other staff
    /// get 403, anybody else 404, as for a partner they cannot see. An archived partner has no members to manage
    /// (404 to its former admins, 409 to the coordinator's changes), nor has a pending one yet (409); a suspended
    /// partner's admins may read, not change (403).
    /// </summary>
    private static async Task<ProblemHttpResult?> RefusalAsync(
        Guid id,
        MembersContext context,
        bool write,
        CancellationToken ct
    )
    {
        var caller = context.Caller;
        var status = await context
            .Db.Partners.Where(p => p.Id == id)
            .Select(p => (PartnerStatus?)p.Status)
            .FirstOrDefaultAsync(ct);
        if (status is not { } current)
        {
            return Problem.NotFound();
        }

        if (!caller.IsCoordinator)
        {
            if (!caller.IsStaffOf(id) || current == PartnerStatus.Archived)
            {
                return Problem.NotFound();
            }

            if (!caller.IsAdminOf(id))
            {
                return Problem.Forbidden("Seuls les administrateurs de la structure gèrent son équipe.");
            }

            if (write && current == PartnerStatus.Suspended)
            {
                return Problem.Forbidden("La structure est suspendue : son équipe ne peut pas changer.");
            }
        }

        return write && current is PartnerStatus.Archived or PartnerStatus.Pending
            ? Problems.Conflict(current, "changer d'équipe")
            : null;
    }

    /// <summary>The member a change is about, once the caller may change the partner's members.</summary>
    private static async Task<(Member? Member, ProblemHttpResult? Refusal)> MemberAsync(
        Guid id,
        string userId,
        MembersContext context,
        CancellationToken ct
    )
    {
        if (await RefusalAsync(id, context, write: true, ct) is { } refusal)
        {
            return (null, refusal);
        }

        return await context.Membership.FindAsync(id, userId, ct) is { } member
            ? (member, null)
            : (null, Refused(MemberRefusal.NotMember));
    }

    private static ProblemHttpResult Refused(MemberRefusal refusal) =>
        refusal switch
        {
            MemberRefusal.NotMember => Problem.NotFound("Cette personne ne fait pas partie de la structure."),
            MemberRefusal.AlreadyMember => Problem.Conflict("Cette personne fait déjà partie de la structure."),
            MemberRefusal.LastAdmin => Problem.Conflict(
                "La structure garde au moins un administrateur : nommez-en un autre d'abord."
            ),
            MemberRefusal.RoleHeldElsewhere => Problem.Conflict(
                "Cette personne travaille aussi pour une autre structure, avec un autre rôle : son rôle vaut pour "
                    + "toutes ses structures et ne peut pas changer ici."
            ),
            MemberRefusal.Coordinator => Problem.Conflict("Ce compte est celui de la coordination du réseau."),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
}
