using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

/// <summary>
/// What the rows about to be saved change in the daily totals: for each row, what it counted for before the change is
/// taken away from its day and commune then, and what it counts for now added to its day and commune now. Applied as
/// increments in the same transaction, so two writers never lose each other's change and a retried transaction
/// applies them again from scratch.
/// </summary>
internal sealed class DailyTotalsChanges
{
    private readonly Dictionary<(DateOnly Day, string Commune), DailyTotals> _changes = [];

    public bool IsEmpty => _changes.Values.All(change => change.IsEmpty);

    public static DailyTotalsChanges Of(ChangeTracker tracker)
    {
        var changes = new DailyTotalsChanges();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case EventActivity:
                    changes.Record(entry, row => DailyTotals.Of((EventActivity)row));
                    break;
                case ReferralActivity:
                    changes.Record(entry, row => DailyTotals.Of((ReferralActivity)row));
                    break;
                case LoanActivity:
                    changes.Record(entry, row => DailyTotals.Of((LoanActivity)row));
                    break;
            }
        }

        return changes;
    }

    /// <summary>Adds the changes of another save to these.</summary>
    public void Add(DailyTotalsChanges other)
    {
        foreach (var change in other._changes.Values)
        {
            Change(change, 1);
        }
    }

    /// <summary>Adds each change to its stored day, and stages a new day where none was stored yet; true when it staged
    /// one.</summary>
    public async Task<bool> ApplyAsync(ActivityDbContext db, CancellationToken cancellationToken)
    {
        var staged = false;
        foreach (var change in _changes.Values.Where(change => !change.IsEmpty))
        {
            var updated = await db
                .DailyTotals.Where(day => day.Day == change.Day && day.Commune == change.Commune)
                .ExecuteUpdateAsync(
                    day =>
                        day.SetProperty(t => t.EventsPublished, t => t.EventsPublished + change.EventsPublished)
                            .SetProperty(t => t.EventsCancelled, t => t.EventsCancelled + change.EventsCancelled)
                            .SetProperty(t => t.Registrations, t => t.Registrations + change.Registrations)
                            .SetProperty(t => t.Attendance, t => t.Attendance + change.Attendance)
                            .SetProperty(t => t.EventNoShows, t => t.EventNoShows + change.EventNoShows)
                            .SetProperty(
                                t => t.RecordedRegistered,
                                t => t.RecordedRegistered + change.RecordedRegistered
                            )
                            .SetProperty(
                                t => t.SeatsAtLimitedEvents,
                                t => t.SeatsAtLimitedEvents + change.SeatsAtLimitedEvents
                            )
                            .SetProperty(t => t.Capacity, t => t.Capacity + change.Capacity)
                            .SetProperty(t => t.ReferralsSent, t => t.ReferralsSent + change.ReferralsSent)
                            .SetProperty(t => t.ReferralsAccepted, t => t.ReferralsAccepted + change.ReferralsAccepted)
                            .SetProperty(t => t.ReferralsDeclined, t => t.ReferralsDeclined + change.ReferralsDeclined)
                            .SetProperty(
                                t => t.ReferralsCompleted,
                                t => t.ReferralsCompleted + change.ReferralsCompleted
                            )
                            .SetProperty(t => t.ReferralNoShows, t => t.ReferralNoShows + change.ReferralNoShows)
                            .SetProperty(t => t.ReferralsExpired, t => t.ReferralsExpired + change.ReferralsExpired)
                            .SetProperty(
                                t => t.ReferralsCancelled,
                                t => t.ReferralsCancelled + change.ReferralsCancelled
                            )
                            .SetProperty(t => t.ReferralsOpen, t => t.ReferralsOpen + change.ReferralsOpen)
                            .SetProperty(t => t.ReferralsAnswered, t => t.ReferralsAnswered + change.ReferralsAnswered)
                            .SetProperty(t => t.Loans, t => t.Loans + change.Loans)
                            .SetProperty(t => t.LoanDays, t => t.LoanDays + change.LoanDays)
                            .SetProperty(t => t.LoansOverdue, t => t.LoansOverdue + change.LoansOverdue),
                    cancellationToken
                );
            if (updated == 0)
            {
                db.DailyTotals.Add(change);
                staged = true;
            }
        }

        return staged;
    }

    private void Record(EntityEntry entry, Func<object, DailyTotals> countsFor)
    {
        if (entry.State is EntityState.Modified or EntityState.Deleted)
        {
            Change(countsFor(entry.OriginalValues.ToObject()), -1);
        }

        if (entry.State is EntityState.Added or EntityState.Modified)
        {
            Change(countsFor(entry.Entity), 1);
        }
    }

    private void Change(DailyTotals counted, int sign)
    {
        if (counted.IsEmpty)
        {
            return;
        }

        if (!_changes.TryGetValue((counted.Day, counted.Commune), out var change))
        {
            change = new DailyTotals { Day = counted.Day, Commune = counted.Commune };
            _changes[(counted.Day, counted.Commune)] = change;
        }

        change.Add(counted, sign);
    }
}
