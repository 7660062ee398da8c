using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

/// <summary>
/// What the rows about to be saved change in the daily totals: for each row, what it counted for before the change is
/// taken away from its day and commune then, and what it counts for now added to its day and commune now. Added to the
/// days read in the same serializable transaction, so two writers never lose each other's change (the second one's
/// transaction fails and is retried) and a retried transaction applies them again from scratch.
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

    /// <summary>Adds each change to its stored day, read in the transaction with the others, and stages a new day where
    /// none was stored yet; true when it staged any. The next save writes them all at once.</summary>
    public async Task<bool> ApplyAsync(ActivityDbContext db, CancellationToken cancellationToken)
    {
        var changes = _changes.Values.Where(change => !change.IsEmpty).ToList();
        if (changes.Count == 0)
        {
            return false;
        }

        var days = changes.Select(change => change.Day).Distinct().ToList();
        var communes = changes.Select(change => change.Commune).Distinct().ToList();
        var stored = (
            await db
                .DailyTotals.Where(day => days.Contains(day.Day) && communes.Contains(day.Commune))
                .ToListAsync(cancellationToken)
        ).ToDictionary(day => (day.Day, day.Commune));
        foreach (var change in changes)
        {
            if (stored.TryGetValue((change.Day, change.Commune), out var day))
            {
                day.Add(change);
                // Said outright: a rebuild saves without detecting changes.
                db.Entry(day).State = EntityState.Modified;
            }
            else
            {
                db.DailyTotals.Add(change);
            }
        }

        return true;
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
