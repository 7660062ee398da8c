using Network.Referrals.Domain;

namespace Network.Referrals.Api;

/// <summary>What the service writes to its logs: ids only, never a resident's name, contact or a free text.</summary>
internal static partial class ReferralsLog
{
    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Referral {ReferralId} sent from {FromPartnerId} to {ToPartnerId}."
    )]
    public static partial void Sent(ILogger logger, Guid referralId, Guid fromPartnerId, Guid toPartnerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} read by a user of {PartnerId}.")]
    public static partial void Read(ILogger logger, Guid referralId, Guid partnerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} moved from {From} to {To}.")]
    public static partial void Moved(ILogger logger, Guid referralId, ReferralStatus? from, ReferralStatus to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Personal data of referral {ReferralId} erased ({Cause}).")]
    public static partial void Erased(ILogger logger, Guid referralId, ErasureCause cause);
}
