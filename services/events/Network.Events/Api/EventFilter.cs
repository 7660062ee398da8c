using Network.Events.Domain;

namespace Network.Events.Api;

/// <summary>The filters the public list and the calendar feed share.</summary>
public sealed record EventFilter(
    DateTimeOffset? From = null, DateTimeOffset? To = null, string? Commune = null, EventCategory? Category = null, string? Audience = null,
    Guid? OrganiserId = null, string? Q = null)
{
    /// <summary>Null when the filters are coherent, otherwise the fields at fault.</summary>
    public Dictionary<string, string[]>? Errors()
        => From is not null && To is not null && To < From ? new() { ["to"] = ["to vient après from."] } : null;

    /// <summary>Events overlapping [from (default: now), to], matching every filter given.</summary>
    public IQueryable<Event> Apply(IQueryable<Event> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var start = (From ?? now).ToUniversalTime();
        var query = events.Where(e => e.EndsAt >= start);
        if (To is { } end)
        {
            var until = end.ToUniversalTime();
            query = query.Where(e => e.StartsAt <= until);
        }

        query = Commune is null ? query : query.Where(e => e.Location.Commune == Commune);
        query = Category is null ? query : query.Where(e => e.Category == Category);
        query = Audience is null ? query : query.Where(e => e.Audiences.Contains(Audience));
        query = OrganiserId is not { } organiser ? query : query.Where(e => e.OrganiserId == organiser || e.CoOrganiserIds.Contains(organiser));
        return string.IsNullOrWhiteSpace(Q) ? query : query.Where(e => e.Title.Contains(Q) || e.Description.Contains(Q));
    }
}
