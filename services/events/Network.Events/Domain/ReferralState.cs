namespace Network.Events.Domain;

/// <summary>
/// What this service knows of a referral: that it registered the resident, or that the referral was erased. The
/// registration command and the erasure both write this row, keyed by the referral, so that two racing deliveries
/// collide and one of them runs again on what the other saved: whatever the order of delivery, an erased referral
/// registers nobody. It holds ids and an instant only.
/// </summary>
public sealed class ReferralState
{
    private ReferralState() { }

    public Guid ReferralId { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public static ReferralState Registered(Guid referralId) => new() { ReferralId = referralId };

    public static ReferralState Erased(Guid referralId, DateTimeOffset now) =>
        new() { ReferralId = referralId, ErasedAt = now };

    public void Erase(DateTimeOffset now) => ErasedAt ??= now;
}
