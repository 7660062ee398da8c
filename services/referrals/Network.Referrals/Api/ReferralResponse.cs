using Network.Referrals.Domain;

namespace Network.Referrals.Api;

/// <summary>The full record, with the resident's personal data: only <c>GET /api/referrals/{id}</c> returns it, and
/// logs the read.</summary>
/// <param name="Id">The referral's id.</param>
/// <param name="FromPartnerId">The partner that sent the referral.</param>
/// <param name="ToPartnerId">The partner it was sent to.</param>
/// <param name="Resident">The resident, with their contacts; null fields once erased.</param>
/// <param name="Needs">The needs the resident is referred for (codes of `GET /api/referrals/needs`).</param>
/// <param name="Note">The sender's note to the receiver, when given; null once erased.</param>
/// <param name="Urgency">normal or urgent.</param>
/// <param name="Consent">How and when the resident consented, and whether they withdrew it.</param>
/// <param name="EventId">The event the resident is referred to, when there is one.</param>
/// <param name="EventRegistration">What the events service answered for that registration, when it has.</param>
/// <param name="Status">Where the referral stands.</param>
/// <param name="AppointmentAt">The appointment the receiver gave when accepting, when given (UTC).</param>
/// <param name="AcceptanceNote">The receiver's note when accepting, when given.</param>
/// <param name="Outcome">The outcome the receiver recorded when completing, when recorded.</param>
/// <param name="DeclineReason">Why the receiver declined, when it did.</param>
/// <param name="DeclineMessage">The receiver's message to the sender when declining, when given.</param>
/// <param name="CancellationReason">Why the referral was cancelled, when it was.</param>
/// <param name="CreatedAt">When the referral was sent (UTC).</param>
/// <param name="UpdatedAt">When the referral last changed (UTC).</param>
/// <param name="ErasedAt">When the personal data was erased, when it was (UTC).</param>
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
    DateTimeOffset? ErasedAt
)
{
    public static ReferralResponse From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var p = r.Resident;
        return new ReferralResponse(
            r.Id,
            r.FromPartnerId,
            r.ToPartnerId,
            new ResidentResponse(p.FirstName, p.LastName, p.Phone, p.Email, p.BirthYear, p.Commune),
            r.Needs,
            r.Note,
            r.Urgency,
            ConsentResponse.From(r.Consent),
            r.EventId,
            r.EventRegistration,
            r.Status,
            r.AppointmentAt,
            r.AcceptanceNote,
            r.Outcome,
            r.DeclineReason,
            r.DeclineMessage,
            r.CancellationReason,
            r.CreatedAt,
            r.UpdatedAt,
            r.ErasedAt
        );
    }
}

/// <summary>The resident as the full record shows them; every field but the commune is null once erased.</summary>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Phone">Phone number, when given.</param>
/// <param name="Email">E-mail address, when given.</param>
/// <param name="BirthYear">Year of birth, when given.</param>
/// <param name="Commune">The commune where the resident lives.</param>
public sealed record ResidentResponse(
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Email,
    int? BirthYear,
    string Commune
);

/// <summary>The resident's consent to the referral.</summary>
/// <param name="Method">How consent was obtained: oral, written or digital.</param>
/// <param name="ObtainedAt">When consent was obtained (UTC).</param>
/// <param name="WithdrawnAt">When the resident withdrew consent, when they did (UTC).</param>
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
/// <param name="Id">The referral's id.</param>
/// <param name="FromPartnerId">The partner that sent the referral.</param>
/// <param name="ToPartnerId">The partner it was sent to.</param>
/// <param name="Resident">The resident as a first name, the initial of the last name and the commune.</param>
/// <param name="Needs">The needs the resident is referred for (codes of `GET /api/referrals/needs`).</param>
/// <param name="Urgency">normal or urgent.</param>
/// <param name="Consent">How and when the resident consented, and whether they withdrew it.</param>
/// <param name="EventId">The event the resident is referred to, when there is one.</param>
/// <param name="EventRegistration">What the events service answered for that registration, when it has.</param>
/// <param name="Status">Where the referral stands.</param>
/// <param name="AppointmentAt">The appointment the receiver gave when accepting, when given (UTC).</param>
/// <param name="DeclineReason">Why the receiver declined, when it did.</param>
/// <param name="CreatedAt">When the referral was sent (UTC).</param>
/// <param name="UpdatedAt">When the referral last changed (UTC).</param>
/// <param name="ErasedAt">When the personal data was erased, when it was (UTC).</param>
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
    DateTimeOffset? ErasedAt
)
{
    public static ReferralSummary From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReferralSummary(
            r.Id,
            r.FromPartnerId,
            r.ToPartnerId,
            new ResidentSummary(r.Resident.FirstName, r.Resident.LastNameInitial, r.Resident.Commune),
            r.Needs,
            r.Urgency,
            ConsentResponse.From(r.Consent),
            r.EventId,
            r.EventRegistration,
            r.Status,
            r.AppointmentAt,
            r.DeclineReason,
            r.CreatedAt,
            r.UpdatedAt,
            r.ErasedAt
        );
    }
}

/// <summary>The resident as lists show them; null names once erased.</summary>
/// <param name="FirstName">First name.</param>
/// <param name="LastNameInitial">Initial of the last name.</param>
/// <param name="Commune">The commune where the resident lives.</param>
public sealed record ResidentSummary(string? FirstName, string? LastNameInitial, string Commune);

/// <summary>One status change of a referral.</summary>
/// <param name="At">When the change was made (UTC).</param>
/// <param name="ByUserId">Who made it (user id); null for the platform.</param>
/// <param name="ByUserName">Who made it (user name), when known.</param>
/// <param name="ByPartnerId">For which partner, when a partner's user made it.</param>
/// <param name="From">The status before; null when the referral was sent.</param>
/// <param name="To">The status after.</param>
/// <param name="Reason">The coded reason, when there is one.</param>
public sealed record HistoryEntryResponse(
    DateTimeOffset At,
    string? ByUserId,
    string? ByUserName,
    Guid? ByPartnerId,
    ReferralStatus? From,
    ReferralStatus To,
    string? Reason
)
{
    public static HistoryEntryResponse Of(ReferralHistoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new HistoryEntryResponse(e.At, e.ByUserId, e.ByUserName, e.ByPartnerId, e.From, e.To, e.Reason);
    }
}

/// <summary>One read of the personal data.</summary>
/// <param name="At">When it was read (UTC).</param>
/// <param name="UserId">Who read it (user id).</param>
/// <param name="UserName">Who read it (user name), when known.</param>
/// <param name="PartnerId">For which partner.</param>
public sealed record AccessLogEntryResponse(DateTimeOffset At, string UserId, string? UserName, Guid PartnerId)
{
    public static AccessLogEntryResponse From(AccessLogEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AccessLogEntryResponse(e.At, e.UserId, e.UserName, e.PartnerId);
    }
}

/// <summary>A comment of the thread.</summary>
/// <param name="Id">The comment's id.</param>
/// <param name="AuthorPartnerId">The partner whose user wrote it.</param>
/// <param name="AuthorName">Who wrote it (user name), when known.</param>
/// <param name="Text">The text; null once erased.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="ErasedAt">When its text was erased, when it was (UTC).</param>
public sealed record CommentResponse(
    Guid Id,
    Guid AuthorPartnerId,
    string? AuthorName,
    string? Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ErasedAt
)
{
    public static CommentResponse From(ReferralComment c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CommentResponse(c.Id, c.AuthorPartnerId, c.AuthorName, c.Text, c.CreatedAt, c.ErasedAt);
    }
}
