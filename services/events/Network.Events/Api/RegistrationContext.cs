using Microsoft.Extensions.Options;
using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>What the endpoints of an event's registrations need besides the request, bound once with
/// <c>[AsParameters]</c>.</summary>
internal readonly record struct RegistrationContext(
    Registrations Registrations,
    EventsDbContext Db,
    IOptions<EventsOptions> Options,
    Caller Caller
);
