using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Referrals.Api;

/// <summary>What the endpoints that read or change a referral need, bound once with <c>[AsParameters]</c>.</summary>
internal readonly record struct ReferralContext(
    ReferralsDbContext Db,
    TimeProvider Time,
    HttpContext Http,
    Caller Caller,
    ILogger<Referral> Logger
);
