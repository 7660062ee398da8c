namespace Network.Resilience.Tests.Faults;

/// <summary>What a test's writes changed, counted from the answers the platform accepted (2xx) and nothing
/// else.</summary>
internal sealed class Writes
{
    private readonly Lock _gate = new();
    private readonly List<Guid> _partners = [];
    private int _published;
    private int _seats;
    private int _referrals;
    private int _loans;
    private int _accepted;

    public IReadOnlyList<Guid> Partners
    {
        get
        {
            lock (_gate)
            {
                return [.. _partners];
            }
        }
    }

    public int Published => Volatile.Read(ref _published);

    public int Seats => Volatile.Read(ref _seats);

    public int Referrals => Volatile.Read(ref _referrals);

    public int Loans => Volatile.Read(ref _loans);

    /// <summary>Every write request answered 2xx, whatever it created.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public void Accept() => Interlocked.Increment(ref _accepted);

    public void PartnerCreated(Guid id)
    {
        lock (_gate)
        {
            _partners.Add(id);
        }
    }

    public void EventPublished() => Interlocked.Increment(ref _published);

    public void SeatsConfirmed(int seats) => Interlocked.Add(ref _seats, seats);

    public void ReferralSent() => Interlocked.Increment(ref _referrals);

    public void LoanHandedOver() => Interlocked.Increment(ref _loans);

    public override string ToString() =>
        $"{Accepted} writes accepted: {Partners.Count} partners, {Published} events published, {Seats} seats "
        + $"confirmed, {Referrals} referrals sent, {Loans} loans handed over";
}
