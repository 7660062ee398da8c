using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.Referrals.Privacy;

namespace Network.Referrals.Timers;

/// <summary>
/// On the injected clock: reminds receivers of unanswered referrals, expires those unanswered too long, and
/// erases the personal data of referrals closed longer ago than the retention period.
/// </summary>
internal sealed partial class ReferralTimers(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReferralsOptions> options, ILogger<ReferralTimers> logger)
    : BackgroundService
{
    private const int Batch = 200;

    private readonly ReferralsOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.TimerInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await ExpireAsync(cancellationToken);
        await RemindAsync(cancellationToken);
        await EraseClosedAsync(cancellationToken);
    }

    private async Task ExpireAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = time.GetUtcNow();
        var deadline = now - TimeSpan.FromDays(_options.AnswerWithinDays);
        var unanswered = await db.Referrals.Where(r => r.Status == ReferralStatus.Sent && r.CreatedAt <= deadline).Take(Batch).ToListAsync(cancellationToken);
        foreach (var referral in unanswered)
        {
            if (referral.Expire(now) is { } entry)
            {
                db.History.Add(entry);
                db.Publish(ReferralFacts.Expired(referral, now), time);
                ReferralsLog.Moved(logger, referral.Id, ReferralStatus.Sent, ReferralStatus.Expired);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = time.GetUtcNow();
        var due = now - TimeSpan.FromDays(_options.RemindEveryDays);
        var waiting = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Sent && (r.LastRemindedAt ?? r.CreatedAt) <= due)
            .Take(Batch).ToListAsync(cancellationToken);
        foreach (var referral in waiting)
        {
            referral.Remind(now);
            db.Publish(ReferralFacts.Overdue(referral, now), time);
            LogReminded(logger, referral.Id, referral.ToPartnerId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EraseClosedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var horizon = time.GetUtcNow() - TimeSpan.FromDays(_options.RetentionDays);
        var expired = await db.Referrals.Where(r => r.ErasedAt == null && r.ClosedAt != null && r.ClosedAt <= horizon).Take(Batch).ToListAsync(cancellationToken);
        foreach (var referral in expired)
        {
            if (await ReferralErasure.EraseAsync(db, referral, ErasureCause.Retention, Actor.System, time, cancellationToken))
            {
                ReferralsLog.Erased(logger, referral.Id, ErasureCause.Retention);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} still unanswered: {ToPartnerId} reminded.")]
    private static partial void LogReminded(ILogger logger, Guid referralId, Guid toPartnerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The referral timers failed ({ExceptionType}); they will run again.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
