using Microsoft.Extensions.Options;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>What the endpoints that change a partner need, bound once with <c>[AsParameters]</c>.</summary>
internal readonly record struct PartnerContext(
    PartnersDbContext Db,
    TimeProvider Time,
    HttpContext Http,
    Caller Caller,
    IOptions<PartnersOptions> Options
);
