using System.Diagnostics.Metrics;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Network.ServiceDefaults.Hosting;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Notices;

/// <summary>
/// Sends the notices that are due. Each notice is claimed with a conditional update before it is sent, so that two
/// instances of a service never send one twice; a failure of the network or of the mail server is retried later, with
/// a growing wait, until <see cref="NoticeOptions.MaxAttempts"/>; a failure that would recur at every attempt (an
/// address that cannot be parsed, a mailbox the server refuses) fails the notice at once. Failed notices are counted
/// on the staff's call list. Logs and metrics name notices by id and kind only: never an address or a name.
/// </summary>
internal sealed partial class NoticeSender(
    IServiceScopeFactory scopes,
    MailSender mail,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeSender> logger
) : PeriodicWork(time, logger)
{
    public const string MeterName = "Network.Notices";

    private const int BatchSize = 50;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> SentCount = Meter.CreateCounter<long>(
        "network.notices.sent",
        description: "Notices sent"
    );
    private static readonly Counter<long> RetriedCount = Meter.CreateCounter<long>(
        "network.notices.retried",
        description: "Attempts that failed and will be tried again"
    );
    private static readonly Counter<long> FailedCount = Meter.CreateCounter<long>(
        "network.notices.failed",
        description: "Notices given up, for the staff to call"
    );

    private bool _toldNotConfigured;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CanSend)
        {
            if (!_toldNotConfigured)
            {
                LogNotConfigured(logger);
                _toldNotConfigured = true;
            }

            return;
        }

        while (await SendDueAsync(cancellationToken) == BatchSize) { }
    }

    /// <summary>Sends the notices that are due; returns how many it looked at.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<INoticeComposer>();
        var now = Time.GetUtcNow();
        var due = await Claimable(db.Set<Notice>(), now)
            .OrderBy(n => n.NextAttemptAt)
            .Take(BatchSize)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var until = Time.GetUtcNow() + ClaimFor;
            var claimed = await Claimable(db.Set<Notice>().Where(n => n.Id == id), Time.GetUtcNow())
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.ClaimedUntil, until), cancellationToken);
            if (claimed == 1)
            {
                db.ChangeTracker.Clear();
                var notice = await db.Set<Notice>().SingleAsync(n => n.Id == id, cancellationToken);
                await SendAsync(db, composer, notice, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return due.Count;
    }

    private static IQueryable<Notice> Claimable(IQueryable<Notice> notices, DateTimeOffset now) =>
        notices.Where(n =>
            n.Outcome == NoticeOutcome.Pending
            && n.NextAttemptAt <= now
            && (n.ClaimedUntil == null || n.ClaimedUntil < now)
        );

    private async Task SendAsync(
        ServiceDbContext db,
        INoticeComposer composer,
        Notice notice,
        CancellationToken cancellationToken
    )
    {
        var draft = await composer.ComposeAsync(notice, cancellationToken);
        if (draft.Settled is { } outcome)
        {
            notice.Settle(outcome);
            return;
        }

        MimeMessage message;
        try
        {
            message = mail.Build(draft.Address!, draft.Content!);
        }
        catch (ParseException exception)
        {
            GiveUp(notice, exception);
            return;
        }

        using (message)
        {
            // What the composer wrote (a link's token) holds before the message leaves: its links work on arrival.
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                await mail.SendAsync(message, cancellationToken);
                notice.Sent(Time.GetUtcNow());
                SentCount.Add(1, new KeyValuePair<string, object?>("kind", notice.Kind));
            }
            catch (SmtpCommandException exception) when (IsPermanent(exception))
            {
                GiveUp(notice, exception);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var settings = options.Value;
                if (notice.AttemptFailed(Time.GetUtcNow(), settings.RetryAfter, settings.MaxAttempts))
                {
                    RetriedCount.Add(1, new KeyValuePair<string, object?>("kind", notice.Kind));
                    LogSendFailed(logger, notice.Id, notice.Kind, notice.Attempts, exception.GetType().Name);
                }
                else
                {
                    FailedCount.Add(1, new KeyValuePair<string, object?>("kind", notice.Kind));
                    LogGaveUp(logger, notice.Id, notice.Kind, notice.Attempts, exception.GetType().Name);
                }
            }
        }
    }

    private void GiveUp(Notice notice, Exception exception)
    {
        notice.Undeliverable();
        FailedCount.Add(1, new KeyValuePair<string, object?>("kind", notice.Kind));
        LogUndeliverable(logger, notice.Id, notice.Kind, exception.GetType().Name);
    }

    /// <summary>The server refused this mailbox for good (5xx to RCPT TO): another try would be refused too. A 5xx to
    /// anything else (the sender, the data) speaks of the server's settings, which someone may fix: retried.</summary>
    private static bool IsPermanent(SmtpCommandException exception) =>
        exception.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)exception.StatusCode >= 500;

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "No way to send e-mails is configured (Notices:Smtp:Host or Notices:PickupDirectory): notices wait."
    )]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Notice {NoticeId} ({Kind}) could not be sent (attempt {Attempt}, {ExceptionType}); it will be tried "
            + "again."
    )]
    private static partial void LogSendFailed(
        ILogger logger,
        Guid noticeId,
        string kind,
        int attempt,
        string exceptionType
    );

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Notice {NoticeId} ({Kind}) still not sent after {Attempt} attempts ({ExceptionType}): marked "
            + "failed, for the staff to call."
    )]
    private static partial void LogGaveUp(
        ILogger logger,
        Guid noticeId,
        string kind,
        int attempt,
        string exceptionType
    );

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Notice {NoticeId} ({Kind}) cannot be sent ({ExceptionType}): marked failed, for the staff to call."
    )]
    private static partial void LogUndeliverable(ILogger logger, Guid noticeId, string kind, string exceptionType);
}
