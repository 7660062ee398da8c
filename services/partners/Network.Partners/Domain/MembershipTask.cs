namespace Network.Partners.Domain;

/// <summary>
/// Rights that a step of a partner's life gives or takes in Keycloak, written in the same transaction as the step and
/// tried until Keycloak holds them: approving makes the applicant the partner's admin, archiving takes the partner
/// from its members.
/// </summary>
public sealed class MembershipTask
{
    public const string GrantApplicant = "grant-applicant";
    public const string RevokeMembers = "revoke-members";

    private MembershipTask() { }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    /// <summary><see cref="GrantApplicant"/> or <see cref="RevokeMembers"/>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The applicant's account, for a grant.</summary>
    public string? MemberId { get; private set; }

    /// <summary>Who took the step that asked for it.</summary>
    public string By { get; private set; } = "";

    public int Attempts { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>An instance works on it until then; another may take it over afterwards.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public static MembershipTask Grant(Guid partnerId, string memberId, string by, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PartnerId = partnerId,
            Kind = GrantApplicant,
            MemberId = memberId,
            By = by,
            DueAt = now,
        };

    public static MembershipTask Revoke(Guid partnerId, string by, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PartnerId = partnerId,
            Kind = RevokeMembers,
            By = by,
            DueAt = now,
        };

    public void Done(DateTimeOffset now)
    {
        DoneAt = now;
        ClaimedUntil = null;
    }

    /// <summary>Keycloak did not hold it: again after a wait that doubles with each failure, up to
    /// <paramref name="longest"/>.</summary>
    public void Failed(DateTimeOffset now, TimeSpan first, TimeSpan longest)
    {
        Attempts++;
        var wait = first * Math.Pow(2, Math.Min(Attempts - 1, 20));
        DueAt = now + (wait < longest ? wait : longest);
        ClaimedUntil = null;
    }
}
