using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Hosting;
using Network.ServiceDefaults.Notices;

namespace Network.Events.Notices;

/// <summary>
/// Owes each confirmed registrant a reminder <see cref="EventsOptions.ReminderHours"/> before their workshop, once:
/// the reminder's notice carries a key the database holds once, so that of two instances writing it, the second save
/// is refused and the next round finds it written. Not for those who registered within that time (they have just been
/// told), nor for those who stopped the messages, nor for referred residents (their partner tells them).
/// </summary>
internal sealed partial class EventReminders(
    IServiceScopeFactory scopes,
    IOptions<EventsOptions> events,
    IOptions<NoticeOptions> notices,
    TimeProvider time,
    ILogger<EventReminders> logger
) : PeriodicWork(time, logger)
{
    private const int Batch = 500;

    protected override TimeSpan Interval => notices.Value.PollInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await OweDueAsync(cancellationToken) == Batch) { }
    }

    /// <summary>Writes the reminders that are due; returns how many it wrote.</summary>
    internal async Task<int> OweDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var now = Time.GetUtcNow();
        var before = TimeSpan.FromHours(events.Value.ReminderHours);
        var horizon = now + before;
        var reminderKind = nameof(NoticeKind.EventReminder);
        var due = await db
            .Registrations.Where(r =>
                r.Status == RegistrationStatus.Confirmed
                && r.ReferralId == null
                && r.Email != null
                && r.NoticesStoppedAt == null
                && !db.Notices.Any(n => n.SubjectId == r.Id && n.Kind == reminderKind)
            )
            .Join(
                db.Events.Where(e => e.Status == EventStatus.Published && e.StartsAt > now && e.StartsAt <= horizon),
                r => r.EventId,
                e => e.Id,
                (r, e) =>
                    new
                    {
                        r.Id,
                        r.CreatedAt,
                        e.StartsAt,
                    }
            )
            .OrderBy(x => x.StartsAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var owed = due.Where(x => x.CreatedAt <= x.StartsAt - before).ToList();
        db.Notices.AddRange(
            owed.Select(x => Notice.Create(reminderKind, x.Id, now, onceKey: RegistrantNotices.ReminderKey(x.Id)))
        );
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance wrote some of them first: the next round writes the others.
            LogWrittenElsewhere(logger);
            return 0;
        }

        return owed.Count;
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Some reminders were written by another instance at the same time; the rest follow next round."
    )]
    private static partial void LogWrittenElsewhere(ILogger logger);
}
