using Network.Portal.Api;

namespace Network.Portal.Components.Workspace.Referrals;

/// <summary>
/// A referral as its page shows it to a member of one of its two structures: the record and the version it was read
/// at, the two structures' names, the workshop it holds a seat at, and which side the member is on.
/// </summary>
public sealed record ReferralView(
    Referral Referral,
    string Version,
    string SenderName,
    string ReceiverName,
    Workshop? Workshop,
    bool IsSender,
    bool IsAdmin
)
{
    public bool IsErased => Referral.ErasedAt is not null;

    /// <summary>The person's first name, or words that name nobody once it is erased.</summary>
    public string Person => Referral.Resident.FirstName ?? "la personne";

    /// <summary>The other structure, as the member's sentences name it.</summary>
    public string OtherName => IsSender ? ReceiverName : SenderName;

    public string Path => $"/espace/orientations/{Referral.Id}";
}
