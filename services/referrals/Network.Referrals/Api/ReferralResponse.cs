using Network.Referrals.Domain;

namespace Network.Referrals.Api;

/// <summary>The full record, with the resident's personal data: only <c>GET /api/referrals/{id}</c> returns it, and logs the read.</summary>
public sealed record ReferralResponse(
    Guid Id,
    Guid FromPartnerId,
    Guid ToPartnerId,
    ResidentResponse Resident,
    IReadOnlyList<string> Needs,
    string? Note,
    Urgency Urgency,
    ConsentResponse Consent,
    Guid? EventId,
    string? EventRegistration,
    ReferralStatus Status,
    DateTimeOffset? AppointmentAt,
    string? AcceptanceNote,
    string? Outcome,
    DeclineReason? DeclineReason,
    string? DeclineMessage,
    string? CancellationReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ErasedAt)
{
    public static ReferralResponse From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var p = r.Resident;
        return new ReferralResponse(
            r.Id, r.FromPartnerId, r.ToPartnerId, new ResidentResponse(p.FirstName, p.LastName, p.Phone, p.Email, p.BirthYear, p.Commune),
            r.Needs, r.Note, r.Urgency, ConsentResponse.From(r.Consent), r.EventId, r.EventRegistration, r.Status, r.AppointmentAt, r.AcceptanceNote,
            r.Outcome, r.DeclineReason, r.DeclineMessage, r.CancellationReason, r.CreatedAt, r.UpdatedAt, r.ErasedAt);
    }
}

/// <summary>The resident as the full record shows them; every field but the commune is null once erased.</summary>
public sealed record ResidentResponse(string? FirstName, string? LastName, string? Phone, string? Email, int? BirthYear, string Commune);

public sealed record ConsentResponse(ConsentMethod Method, DateTimeOffset ObtainedAt, DateTimeOffset? WithdrawnAt)
{
    public static ConsentResponse From(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new ConsentResponse(consent.Method, consent.ObtainedAt, consent.WithdrawnAt);
    }
}

/// <summary>
/// A referral as lists and actions return it: the resident as a first name and the initial of the last name,
/// no contact, no free text. Reading it is not logged.
/// </summary>
public sealed record ReferralSummary(
    Guid Id,
    Guid FromPartnerId,
    Guid ToPartnerId,
    ResidentSummary Resident,
    IReadOnlyList<string> Needs,
    Urgency Urgency,
    ConsentResponse Consent,
    Guid? EventId,
    string? EventRegistration,
    ReferralStatus Status,
    DateTimeOffset? AppointmentAt,
    DeclineReason? DeclineReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ErasedAt)
{
    public static ReferralSummary From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReferralSummary(
            r.Id, r.FromPartnerId, r.ToPartnerId, new ResidentSummary(r.Resident.FirstName, r.Resident.LastNameInitial, r.Resident.Commune),
            r.Needs, r.Urgency, ConsentResponse.From(r.Consent), r.EventId, r.EventRegistration, r.Status, r.AppointmentAt, r.DeclineReason,
            r.CreatedAt, r.UpdatedAt, r.ErasedAt);
    }
}

public sealed record ResidentSummary(string? FirstName, string? LastNameInitial, string Commune);

public sealed record HistoryEntryResponse(DateTimeOffset At, string? ByUserId, string? ByUserName, Guid? ByPartnerId, ReferralStatus? From, ReferralStatus To, string? Reason)
{
    public static HistoryEntryResponse Of(ReferralHistoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new HistoryEntryResponse(e.At, e.ByUserId, e.ByUserName, e.ByPartnerId, e.From, e.To, e.Reason);
    }
}

public sealed record AccessLogEntryResponse(DateTimeOffset At, string UserId, string? UserName, Guid PartnerId)
{
    public static AccessLogEntryResponse From(AccessLogEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AccessLogEntryResponse(e.At, e.UserId, e.UserName, e.PartnerId);
    }
}

public sealed record CommentResponse(Guid Id, Guid AuthorPartnerId, string? AuthorName, string? Text, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt)
{
    public static CommentResponse From(ReferralComment c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CommentResponse(c.Id, c.AuthorPartnerId, c.AuthorName, c.Text, c.CreatedAt, c.ErasedAt);
    }
}
