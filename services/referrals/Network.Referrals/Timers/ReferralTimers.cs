using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Notices;
using Network.Referrals.Persistence;
using Network.Referrals.Privacy;
using Network.ServiceDefaults.Hosting;

namespace Network.Referrals.Timers;

/// <summary>
/// On the injected clock: reminds receivers of unanswered referrals, expires those unanswered too long, erases the
/// personal data of referrals closed longer ago than the retention period, and cancels and erases open referrals
/// left without activity longer than the inactivity period.
/// </summary>
internal sealed partial class ReferralTimers(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ReferralsOptions> options,
    ILogger<ReferralTimers> logger
) : PeriodicWork(time, logger)
{
    private const int Batch = 200;

    private readonly ReferralsOptions _options = options.Value;

    protected override TimeSpan Interval => _options.TimerInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await ExpireAsync(cancellationToken);
        await WarnExpiringAsync(cancellationToken);
        await RemindAsync(cancellationToken);
        await EraseClosedAsync(cancellationToken);
        await EraseInactiveAsync(cancellationToken);
    }

    private async Task ExpireAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = Time.GetUtcNow();
        var deadline = now - TimeSpan.FromDays(_options.AnswerWithinDays);
        var unanswered = await db
            .Referrals.Where(r => r.Status == ReferralStatus.Sent && r.CreatedAt <= deadline)
            .OrderBy(r => r.CreatedAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var referral in unanswered)
        {
            if (referral.Expire(now) is { } entry)
            {
                db.History.Add(entry);
                db.Publish(ReferralFacts.Expired(referral, now), Time);
                ReferralsLog.Moved(logger, referral.Id, ReferralStatus.Sent, ReferralStatus.Expired);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The receiver is warned once, <see cref="ReferralsOptions.WarnBeforeExpiryDays"/> before an unanswered referral
    /// expires; the warning's key is held once by the database, so of two instances writing it, one does.
    /// </summary>
    private async Task WarnExpiringAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = Time.GetUtcNow();
        var warnFrom = now - TimeSpan.FromDays(_options.AnswerWithinDays - _options.WarnBeforeExpiryDays);
        var kind = nameof(ReferralNoticeKind.ReferralExpiring);
        var expiring = await db
            .Referrals.Where(r =>
                r.Status == ReferralStatus.Sent
                && r.CreatedAt <= warnFrom
                && !db.Notices.Any(n => n.SubjectId == r.Id && n.Kind == kind)
            )
            .OrderBy(r => r.CreatedAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var referral in expiring)
        {
            ReferralNotices.Owe(db, referral, ReferralNoticeKind.ReferralExpiring, now, $"{kind}:{referral.Id}");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance wrote the same warnings first: nothing is owed twice.
        }
    }

    private async Task RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = Time.GetUtcNow();
        var due = now - TimeSpan.FromDays(_options.RemindEveryDays);
        var waiting = await db
            .Referrals.Where(r => r.Status == ReferralStatus.Sent && (r.LastRemindedAt ?? r.CreatedAt) <= due)
            .OrderBy(r => r.CreatedAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var referral in waiting)
        {
            referral.Remind(now);
            db.Publish(ReferralFacts.Overdue(referral, now), Time);
            // Saved with the referral's new reminder date, guarded by its version: of two instances, one reminds.
            ReferralNotices.Owe(db, referral, ReferralNoticeKind.ReferralReminder, now);
            LogReminded(logger, referral.Id, referral.ToPartnerId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EraseClosedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var horizon = Time.GetUtcNow() - TimeSpan.FromDays(_options.RetentionDays);
        var expired = await db
            .Referrals.Where(r => r.ErasedAt == null && r.ClosedAt != null && r.ClosedAt <= horizon)
            .OrderBy(r => r.ClosedAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var referral in expired)
        {
            if (
                await ReferralErasure.EraseAsync(
                    db,
                    referral,
                    ErasureCause.Retention,
                    Actor.System,
                    Time,
                    cancellationToken
                )
            )
            {
                ReferralsLog.Erased(logger, referral.Id, ErasureCause.Retention);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EraseInactiveAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = Time.GetUtcNow();
        var horizon = now - TimeSpan.FromDays(_options.InactiveDays);
        var open = new[] { ReferralStatus.Sent, ReferralStatus.Accepted };
        var abandoned = await db
            .Referrals.Where(r =>
                open.Contains(r.Status)
                && r.ErasedAt == null
                && r.UpdatedAt <= horizon
                && (r.AppointmentAt == null || r.AppointmentAt <= horizon)
                && !db.Comments.Any(c => c.ReferralId == r.Id && c.CreatedAt > horizon)
            )
            .OrderBy(r => r.UpdatedAt)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var referral in abandoned)
        {
            var previous = referral.Status;
            var cancelled = referral.Cancel(Actor.System, null, "inactive", now)!;
            db.History.Add(cancelled);
            db.Publish(ReferralFacts.Cancelled(referral, cancelled, now), Time);
            ReferralsLog.Moved(logger, referral.Id, previous, ReferralStatus.Cancelled);
            if (
                await ReferralErasure.EraseAsync(
                    db,
                    referral,
                    ErasureCause.Retention,
                    Actor.System,
                    Time,
                    cancellationToken
                )
            )
            {
                ReferralsLog.Erased(logger, referral.Id, ErasureCause.Retention);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Referral {ReferralId} still unanswered: {ToPartnerId} reminded."
    )]
    private static partial void LogReminded(ILogger logger, Guid referralId, Guid toPartnerId);
}
