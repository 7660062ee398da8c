namespace Network.Referrals.Domain;

/// <summary>The resident's agreement to be referred: how and when it was obtained, and when it was withdrawn.</summary>
public sealed record Consent(ConsentMethod Method, DateTimeOffset ObtainedAt)
{
    public DateTimeOffset? WithdrawnAt { get; init; }
}
