namespace Network.Contracts.Partners;

/// <summary>A fact about a partner, with the partner as it stands after it.</summary>
public interface IPartnerMessage : IIntegrationEvent
{
    PartnerSnapshot Partner { get; }
}
