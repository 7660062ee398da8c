namespace Network.Activity.ReadModels;

/// <summary>One registration: its seats, whether it ever held them, whether it was given up. No personal
/// data.</summary>
public sealed class RegistrationActivity : IVersionedRow
{
    private RegistrationActivity() { }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public int Seats { get; private set; }

    public bool Confirmed { get; private set; }

    public bool Cancelled { get; private set; }

    public long Version { get; set; }

    /// <summary>The seats this registration holds at its event.</summary>
    public int ConfirmedSeats => Confirmed && !Cancelled ? Seats : 0;

    public static RegistrationActivity Create(Guid id, Guid eventId) => new() { Id = id, EventId = eventId };

    public void Ask(int seats) => Seats = seats;

    public void Confirm(int seats)
    {
        Seats = seats;
        Confirmed = true;
    }

    public void Cancel(int seats, bool wasConfirmed)
    {
        Seats = seats;
        Confirmed |= wasConfirmed;
        Cancelled = true;
    }
}
