namespace Network.Portal.Identity;

/// <summary>
/// The staff member a workspace page is rendered for, and the structure they act for: the workspace's layout checks
/// them once and gives them to its pages as a cascading value.
/// </summary>
public sealed record WorkspaceMember(Guid PartnerId, string PartnerName, bool IsAdmin);
