using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Seeding;
using Network.ServiceDefaults.Validation;

namespace Network.Events.Seeding;

/// <summary>
/// Local mode only (<c>Seed:Demo</c>): when the store has no event yet, publishes the next weeks' events of the demo
/// network's partners — a Café IA, workshops, a rights-access session, a parents' café, a radio session and the daily
/// homework space — some with registrations. Each goes through the same validation and registration path as the API.
/// </summary>
internal sealed class DemoEventsSeeder(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    private const string Resource = "Network.Events.Seeding.demo-events.json";

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var now = time.GetUtcNow();
        var demo = await ReadAsync(cancellationToken);
        var registrations = new List<(Guid EventId, string FirstName)>();
        var seeded = await SeedOnce.RunAsync(
            db,
            token => db.Events.AnyAsync(token),
            async token =>
            {
                registrations.Clear();
                foreach (var seed in demo)
                {
                    var request = seed.Request(now);
                    var errors = await scope.ServiceProvider.ValidateAsync(request, token);
                    var (occurrences, seriesErrors) = errors.Count == 0 ? request.Occurrences() : ([], new());
                    if (errors.Count > 0 || !seriesErrors.IsEmpty)
                    {
                        var found = errors.Count > 0 ? errors : seriesErrors.ToDictionary();
                        throw new InvalidOperationException(
                            $"A demo event is invalid: {JsonSerializer.Serialize(found)}"
                        );
                    }

                    var seriesId = seed.Event.Recurrence is null ? (Guid?)null : Guid.CreateVersion7(now);
                    foreach (var occurrence in occurrences)
                    {
                        var created = Event.Draft(seed.OrganiserId, occurrence, now, seriesId);
                        EventTransitions.Publish(db, created, time);
                        db.Events.Add(created);
                        registrations.AddRange(seed.Registrations.Select(firstName => (created.Id, firstName)));
                    }
                }
            },
            cancellationToken
        );
        if (!seeded)
        {
            return;
        }

        var desk = scope.ServiceProvider.GetRequiredService<Registrations>();
        foreach (var (eventId, firstName) in registrations)
        {
            await desk.RegisterAsync(
                eventId,
                new RegistrationRequest(firstName, null, null, null, 1, ByStaff: true),
                _ => true,
                cancellationToken
            );
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task<List<DemoEvent>> ReadAsync(CancellationToken cancellationToken) =>
        DemoData.ReadAsync<List<DemoEvent>>(typeof(DemoEventsSeeder).Assembly, Resource, cancellationToken);

    /// <summary>One demo event: days from today, a local start time in Paris and a duration, with first names to
    /// register.</summary>
    private sealed record DemoEvent(
        Guid OrganiserId,
        int DayOffset,
        string LocalTime,
        int DurationMinutes,
        IReadOnlyList<string> Registrations,
        EventRequest Event
    )
    {
        public EventRequest Request(DateTimeOffset now)
        {
            var day = TimeZoneInfo.ConvertTime(now, Paris).Date.AddDays(DayOffset);
            var local = day + TimeOnly.Parse(LocalTime, CultureInfo.InvariantCulture).ToTimeSpan();
            var startsAt = new DateTimeOffset(local, Paris.GetUtcOffset(local));
            return Event with
            {
                StartsAt = startsAt,
                EndsAt = startsAt.AddMinutes(DurationMinutes),
                TimeZone = "Europe/Paris",
            };
        }
    }
}
