using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>What the endpoints that change an event need besides the request, bound once with
/// <c>[AsParameters]</c>.</summary>
internal readonly record struct EventContext(EventsDbContext Db, TimeProvider Time, Caller Caller);
