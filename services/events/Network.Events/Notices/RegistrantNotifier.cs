using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Hosting;

namespace Network.Events.Notices;

/// <summary>
/// Sends the notices owed to registrants. Each notice is claimed with a conditional update before it is sent, so
/// that two instances of the service never send one twice; a failure of the network or the mail server is retried
/// later, with a growing wait; any other failure would recur at every attempt, so the notice fails at once and the
/// attendee list counts it, for the staff to call. Logs name notices by id only: never an address or a name.
/// </summary>
internal sealed partial class RegistrantNotifier(
    IServiceScopeFactory scopes,
    EmailSender email,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<RegistrantNotifier> logger
) : PeriodicWork(time, logger)
{
    private const int BatchSize = 50;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

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
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var now = Time.GetUtcNow();
        var due = await db
            .Notices.Where(n =>
                n.Outcome == NoticeOutcome.Pending
                && n.NextAttemptAt <= now
                && (n.ClaimedUntil == null || n.ClaimedUntil < now)
            )
            .OrderBy(n => n.NextAttemptAt)
            .Take(BatchSize)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var until = now + ClaimFor;
            var claimed = await db
                .Notices.Where(n =>
                    n.Id == id && n.Outcome == NoticeOutcome.Pending && (n.ClaimedUntil == null || n.ClaimedUntil < now)
                )
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.ClaimedUntil, until), cancellationToken);
            if (claimed == 1)
            {
                await SendAsync(db, id, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task SendAsync(EventsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var notice = await db.Notices.SingleAsync(n => n.Id == id, cancellationToken);
        var registration = await db.Registrations.SingleAsync(r => r.Id == notice.RegistrationId, cancellationToken);
        var e = await db.Events.AsNoTracking().SingleAsync(x => x.Id == notice.EventId, cancellationToken);
        if (notice.Kind == NoticeKind.RegistrationAttempted && registration.Status == RegistrationStatus.Cancelled)
        {
            notice.Dropped();
        }
        else if (registration.Email is not { } address)
        {
            notice.Unreachable();
        }
        else
        {
            var organiser = await db
                .Partners.AsNoTracking()
                .Where(p => p.Id == e.OrganiserId)
                .Select(p => p.Name)
                .FirstOrDefaultAsync(cancellationToken);
            var (subject, body) = NoticeTexts.For(
                notice.Kind,
                registration,
                e,
                organiser ?? "la structure organisatrice",
                CancelLink(registration, notice.Kind)
            );
            try
            {
                await email.SendAsync(address, subject, body, cancellationToken);
                notice.Sent(Time.GetUtcNow());
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                notice.AttemptFailed(Time.GetUtcNow());
                LogSendFailed(logger, notice.Id, notice.Attempts, exception.GetType().Name);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Left to propagate, it would leave the notice pending, retried every round and first in line for
                // ever, stopping the notices due after it.
                notice.Undeliverable();
                LogUndeliverable(logger, notice.Id, exception.GetType().Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsTransient(Exception exception) =>
        exception
            is System.Net.Mail.SmtpException
                or IOException
                or InvalidOperationException
                or System.Net.Sockets.SocketException
                or TimeoutException;

    /// <summary>
    /// The holder's own token is stored only hashed, so an e-mail that lets them cancel carries a new one, saved with
    /// the notice's outcome; the first token keeps working.
    /// </summary>
    private Uri? CancelLink(Registration registration, NoticeKind kind)
    {
        if (kind != NoticeKind.RegistrationAttempted)
        {
            return null;
        }

        var token = Api.Registrations.NewToken();
        registration.IssueEmailedToken(Api.Registrations.Hash(token));
        return options.Value.CancelLink(registration.EventId, registration.Id, token);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "No way to send e-mails is configured (Notices:Smtp:Host or Notices:PickupDirectory): notices to "
            + "registrants wait."
    )]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Notice {NoticeId} could not be sent (attempt {Attempt}, {ExceptionType})."
    )]
    private static partial void LogSendFailed(ILogger logger, Guid noticeId, int attempt, string exceptionType);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Notice {NoticeId} cannot be sent ({ExceptionType}): marked failed, for the staff to call the "
            + "registrant."
    )]
    private static partial void LogUndeliverable(ILogger logger, Guid noticeId, string exceptionType);
}
