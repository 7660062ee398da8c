namespace Network.Partners.Domain;

public enum PartnerStatus
{
    Pending,
    Active,
    Suspended,
    Archived,
}
