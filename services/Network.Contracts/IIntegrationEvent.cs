namespace Network.Contracts;

/// <summary>
/// A fact a service publishes. It names the aggregate it is about and when it happened, and carries
/// no personal data of residents: ids, partner ids, categories, communes, counts and instants only.
/// </summary>
public interface IIntegrationEvent
{
    DateTimeOffset OccurredAt { get; }
}
