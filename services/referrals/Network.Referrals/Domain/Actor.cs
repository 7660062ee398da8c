namespace Network.Referrals.Domain;

/// <summary>Who did something to a referral: a partner's user, or the service itself (timers, messages).</summary>
public sealed record Actor(string? UserId, string? UserName, Guid? PartnerId)
{
    public static readonly Actor System = new(null, "system", null);
}
