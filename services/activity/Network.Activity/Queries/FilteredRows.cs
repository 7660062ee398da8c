using Network.Activity.Persistence;
using Network.Activity.ReadModels;
using Network.ServiceDefaults.Replicas;

namespace Network.Activity.Queries;

/// <summary>The rows each figure is computed from, under a filter; one place says what "in the period" means for
/// each.</summary>
internal static class FilteredRows
{
    /// <summary>Events that start in the period, in the commune, organised by the partner.</summary>
    public static IQueryable<EventActivity> Events(this ActivityDbContext db, ActivityFilter filter)
    {
        var rows = db.Events.AsQueryable();
        rows = filter.From is { } from ? rows.Where(e => e.StartsAt >= from) : rows;
        rows = filter.To is { } to ? rows.Where(e => e.StartsAt < to) : rows;
        rows = filter.Commune is { } commune ? rows.Where(e => e.Commune == commune) : rows;
        return filter.PartnerId is { } partner ? rows.Where(e => e.OrganiserId == partner) : rows;
    }

    /// <summary>Referrals sent in the period, for a resident of the commune, sent or received by the partner.</summary>
    public static IQueryable<ReferralActivity> Referrals(this ActivityDbContext db, ActivityFilter filter)
    {
        var rows = db.Referrals.Where(r => r.SentAt != null);
        rows = filter.From is { } from ? rows.Where(r => r.SentAt >= from) : rows;
        rows = filter.To is { } to ? rows.Where(r => r.SentAt < to) : rows;
        rows = filter.Commune is { } commune ? rows.Where(r => r.Commune == commune) : rows;
        return filter.PartnerId is { } partner
            ? rows.Where(r => r.FromPartnerId == partner || r.ToPartnerId == partner)
            : rows;
    }

    /// <summary>Reservations handed over whose window starts in the period, of an item of the commune, lent or borrowed
    /// by the partner.</summary>
    public static IQueryable<LoanActivity> Loans(this ActivityDbContext db, ActivityFilter filter)
    {
        var rows = db.Loans.Where(l => l.CheckedOut);
        rows = filter.From is { } from ? rows.Where(l => l.From >= from) : rows;
        rows = filter.To is { } to ? rows.Where(l => l.From < to) : rows;
        rows = filter.Commune is { } commune ? rows.Where(l => l.Commune == commune) : rows;
        return filter.PartnerId is { } partner
            ? rows.Where(l => l.OwnerId == partner || l.BorrowerId == partner)
            : rows;
    }

    /// <summary>The daily totals of the whole days of a period, in the commune.</summary>
    public static IQueryable<DailyTotals> Days(this ActivityDbContext db, WholeDays days, string? commune)
    {
        var rows = db.DailyTotals.AsQueryable();
        rows = days.First is { } first ? rows.Where(d => d.Day >= first) : rows;
        rows = days.End is { } end ? rows.Where(d => d.Day < end) : rows;
        return commune is null ? rows : rows.Where(d => d.Commune == commune);
    }

    /// <summary>Items in the pool now (not retired), in the commune, owned by the partner.</summary>
    public static IQueryable<ItemActivity> Items(this ActivityDbContext db, ActivityFilter filter)
    {
        var rows = db.Items.Where(i => !i.Retired);
        rows = filter.Commune is { } commune ? rows.Where(i => i.Commune == commune) : rows;
        return filter.PartnerId is { } partner ? rows.Where(i => i.OwnerId == partner) : rows;
    }

    /// <summary>Partners as they stand now, in the commune, or the one partner.</summary>
    public static IQueryable<PartnerReplica> Partners(this ActivityDbContext db, ActivityFilter filter)
    {
        var rows = db.Partners.AsQueryable();
        rows = filter.Commune is { } commune ? rows.Where(p => p.Commune == commune) : rows;
        return filter.PartnerId is { } partner ? rows.Where(p => p.Id == partner) : rows;
    }
}
