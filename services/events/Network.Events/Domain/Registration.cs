namespace Network.Events.Domain;

/// <summary>
/// A resident's seats at an event. It holds personal data (names, contact), encrypted at rest: it never leaves this
/// service in a published message, only the organiser's staff read it, and it is erased on request or a while after
/// the event, when the registration keeps only its seats, status and attendance.
/// </summary>
public sealed class Registration
{
    private Registration() { }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>Null once erased.</summary>
    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>
    /// The keyed hash of the e-mail or phone that identifies the resident at this event, so that a second registration
    /// finds the first while the contact itself stays encrypted.
    /// </summary>
    public string? ContactHash { get; private set; }

    public int Seats { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>Arrival order: the waitlist is served in it.</summary>
    public long Sequence { get; private set; }

    /// <summary>SHA-256 of the cancellation token handed to the resident; the token itself is never stored.</summary>
    public string CancellationTokenHash { get; private set; } = "";

    /// <summary>
    /// SHA-256 of the cancellation token sent by e-mail when someone else tried to register this contact: the holder's
    /// first token is never stored, so the e-mail carries a second one, and both cancel.
    /// </summary>
    public string? EmailedTokenHash { get; private set; }

    public bool ByStaff { get; private set; }

    /// <summary>The referral this registration comes from, when a partner referred the resident.</summary>
    public Guid? ReferralId { get; private set; }

    /// <summary>Set once attendance is recorded: whether a confirmed registrant came.</summary>
    public bool? Attended { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the registrant followed the link of an e-mail that stops the messages about this
    /// registration.</summary>
    public DateTimeOffset? NoticesStoppedAt { get; private set; }

    /// <summary>When the names and contacts were wiped.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>What the organiser reads in place of the first name once it is erased.</summary>
    public string NameForOrganiser => FirstName ?? (ReferralId is null ? ErasedRegistrantName : ErasedName);

    internal static Registration Create(
        Guid eventId,
        RegistrationRequest request,
        long sequence,
        RegistrationStatus status,
        string cancellationTokenHash,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            EventId = eventId,
            FirstName = request.FirstName,
            LastName = request.LastName,
            Email = request.Email,
            Phone = request.Phone,
            ContactHash = request.ContactHash,
            Seats = request.Seats,
            Status = status,
            Sequence = sequence,
            CancellationTokenHash = cancellationTokenHash,
            ByStaff = request.ByStaff,
            ReferralId = request.ReferralId,
            CreatedAt = now,
            UpdatedAt = now,
        };

    internal void Confirm(DateTimeOffset now)
    {
        Status = RegistrationStatus.Confirmed;
        UpdatedAt = now;
    }

    internal void IssueEmailedToken(string tokenHash) => EmailedTokenHash = tokenHash;

    /// <summary>No more e-mails about this registration; the registration stands.</summary>
    internal void StopNotices(DateTimeOffset now)
    {
        if (NoticesStoppedAt is null)
        {
            NoticesStoppedAt = now;
            UpdatedAt = now;
        }
    }

    internal void MarkAttendance(bool attended, DateTimeOffset now)
    {
        Attended = attended;
        UpdatedAt = now;
    }

    /// <summary>What the organiser reads in place of the name of a referred resident whose data was erased.</summary>
    public const string ErasedName = "Personne orientée (données effacées)";

    /// <summary>What the organiser reads in place of the name of any other registrant whose data was erased.</summary>
    public const string ErasedRegistrantName = "Personne inscrite (données effacées)";

    /// <summary>
    /// The registrant's right to erasure (through the organiser's admins, or the referral that registered them), or the
    /// retention period over: names and contacts are wiped; the seats, status and attendance stay, anonymous. False
    /// when already erased.
    /// </summary>
    internal bool ErasePersonalData(DateTimeOffset now)
    {
        if (ErasedAt is not null)
        {
            return false;
        }

        FirstName = null;
        LastName = null;
        Email = null;
        Phone = null;
        ContactHash = null;
        ErasedAt = now;
        UpdatedAt = now;
        return true;
    }

    internal void Cancel(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        UpdatedAt = now;
    }
}

/// <summary>
/// A validated request for seats; <see cref="ContactKey"/> is the normalised e-mail, else phone, and
/// <see cref="ContactHash"/> its keyed hash, which is all the database keeps of it in clear.
/// </summary>
public sealed record RegistrationRequest(
    string FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int Seats,
    bool ByStaff
)
{
    public Guid? ReferralId { get; init; }

    public string? ContactKey => Email?.Trim().ToUpperInvariant() ?? Phone;

    public string? ContactHash { get; init; }
}
