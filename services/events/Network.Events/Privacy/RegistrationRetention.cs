using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Events.Api;
using Network.Events.Persistence;
using Network.ServiceDefaults.Hosting;

namespace Network.Events.Privacy;

/// <summary>
/// On the injected clock, erases the names and contacts of the registrations to events that ended longer ago than
/// <see cref="EventsOptions.RegistrationRetentionDays"/>; the registrations stay, anonymous, with their seats.
/// </summary>
internal sealed partial class RegistrationRetention(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<EventsOptions> options,
    ILogger<RegistrationRetention> logger
) : PeriodicWork(time, logger)
{
    private const int Batch = 500;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var erased = 0;
        int found;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            var now = Time.GetUtcNow();
            var horizon = now - TimeSpan.FromDays(options.Value.RegistrationRetentionDays);
            var due = await db
                .Registrations.Where(r =>
                    r.ErasedAt == null && db.Events.Any(e => e.Id == r.EventId && e.EndsAt <= horizon)
                )
                .OrderBy(r => r.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            found = due.Count;
            foreach (var registration in due)
            {
                registration.ErasePersonalData(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            // The notices of an erased registration follow it: nobody is called about a past workshop any more.
            var ids = due.Select(r => r.Id).ToList();
            await db.Notices.Where(n => ids.Contains(n.SubjectId)).ExecuteDeleteAsync(cancellationToken);
            erased += found;
        } while (found == Batch);

        if (erased > 0)
        {
            LogErased(logger, erased);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Erased the names and contacts of {Count} registrations past their retention period."
    )]
    private static partial void LogErased(ILogger logger, int count);
}
