namespace Network.Activity.Persistence;

/// <summary>
/// A message as it was received, kept so that every read model can be rebuilt from scratch. Published messages carry
/// no personal data of residents, so keeping them keeps none. Its id is the MessageId: a redelivery is recognised.
/// </summary>
public sealed class ReceivedMessage
{
    private ReceivedMessage() { }

    public Guid Id { get; private set; }

    /// <summary>The contract's full type name, e.g. <c>Network.Contracts.Referrals.ReferralSent</c>.</summary>
    public string Type { get; private set; } = "";

    /// <summary>The referral, event, registration, reservation, item or partner the message is about.</summary>
    public Guid AggregateId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The message as JSON.</summary>
    public string Body { get; private set; } = "";

    public static ReceivedMessage Create(
        Guid id,
        string type,
        Guid aggregateId,
        DateTimeOffset occurredAt,
        DateTimeOffset receivedAt,
        string body
    ) =>
        new()
        {
            Id = id,
            Type = type,
            AggregateId = aggregateId,
            OccurredAt = occurredAt.ToUniversalTime(),
            ReceivedAt = receivedAt.ToUniversalTime(),
            Body = body,
        };
}
