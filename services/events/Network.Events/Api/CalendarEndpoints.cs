using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;

namespace Network.Events.Api;

/// <summary>The public calendar feed: what a calendar application subscribes to.</summary>
internal static class CalendarEndpoints
{
    /// <summary>A feed is not paged; it stops at this many events, the earliest first.</summary>
    public const int MaxEvents = 2000;

    public static void MapCalendarEndpoints(this RouteGroupBuilder events) =>
        events
            .MapGet("/calendar.ics", FeedAsync)
            .AllowAnonymous()
            .WithSummary(
                "The published events as an RFC 5545 feed, with the filters of the list; cancelled ones appear as "
                    + "STATUS:CANCELLED."
            )
            .WithDescription(
                $"At most {MaxEvents} events, the earliest first. UID is the event's id; SEQUENCE grows with every "
                    + "change of details, publication or cancellation; times are local with the event's VTIMEZONE."
            )
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

    private static async Task<Results<ContentHttpResult, ValidationProblem>> FeedAsync(
        EventsDbContext db,
        TimeProvider time,
        [AsParameters] EventFilter filter,
        CancellationToken cancellationToken
    )
    {
        if (filter.Errors() is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        var events = await filter
            .Apply(db.Events.AsNoTracking().Where(e => e.PublishedAt != null && e.Status != EventStatus.Draft), now)
            .OrderBy(e => e.StartsAt)
            .ThenBy(e => e.Id)
            .Take(MaxEvents)
            .ToListAsync(cancellationToken);
        var organiserIds = events.Select(e => e.OrganiserId).Distinct().ToList();
        var names = await db
            .Partners.Where(p => organiserIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return TypedResults.Text(CalendarFeed.Write(events, names, now), CalendarFeed.ContentType);
    }
}
