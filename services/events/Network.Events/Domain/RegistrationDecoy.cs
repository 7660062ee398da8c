namespace Network.Events.Domain;

/// <summary>
/// What a member of the public got for registering a contact that already holds seats at the event: an id and a
/// cancellation token shaped like a new registration's. It is kept so that cancelling with them answers as a real
/// cancellation would, and nobody learns from it whether that person attends. It takes no seat and holds no
/// personal data.
/// </summary>
public sealed class RegistrationDecoy
{
    private RegistrationDecoy() { }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>SHA-256 of the token handed out, as for a registration.</summary>
    public string CancellationTokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static RegistrationDecoy Create(Guid eventId, string cancellationTokenHash, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            EventId = eventId,
            CancellationTokenHash = cancellationTokenHash,
            CreatedAt = now,
        };
}
