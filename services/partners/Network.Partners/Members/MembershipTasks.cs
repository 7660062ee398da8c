using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Hosting;

namespace Network.Partners.Members;

/// <summary>
/// Gives and takes the rights that approvals and archives asked for, until Keycloak holds them: each due task is
/// claimed (so that two instances never work on the same one), applied (every step can be done twice), then marked
/// done with its record and facts, or tried again after a wait that doubles up to
/// <see cref="MembersOptions.GrantMaxBackoff"/>. An approval is thus never undone by Keycloak being away: the
/// applicant gets their rights once it answers.
/// </summary>
internal sealed partial class MembershipTasks(
    IServiceScopeFactory scopes,
    IOptions<MembersOptions> options,
    TimeProvider time,
    ILogger<MembershipTasks> logger
) : PeriodicWork(time, logger)
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override TimeSpan Interval => options.Value.GrantInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);

    /// <summary>One round: every task due now.</summary>
    public async Task RunDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var membership = scope.ServiceProvider.GetRequiredService<Membership>();
        var now = Time.GetUtcNow();
        var due = await db
            .MembershipTasks.Where(task => task.DoneAt == null && task.DueAt <= now)
            .Where(task => task.ClaimedUntil == null || task.ClaimedUntil < now)
            .OrderBy(task => task.DueAt)
            .Take(Batch)
            .ToListAsync(ct);
        foreach (var task in due)
        {
            if (await ClaimAsync(db, task, now, ct))
            {
                await RunAsync(db, membership, task, ct);
            }
        }
    }

    private static async Task<bool> ClaimAsync(
        PartnersDbContext db,
        MembershipTask task,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var until = now + Lease;
        var claimed = await db
            .MembershipTasks.Where(row => row.Id == task.Id && row.DoneAt == null)
            .Where(row => row.ClaimedUntil == null || row.ClaimedUntil < now)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.ClaimedUntil, until), ct);
        if (claimed == 1)
        {
            // The tracked row learns of its claim, so that letting it go is a change its save writes.
            var claim = db.Entry(task).Property(row => row.ClaimedUntil);
            claim.OriginalValue = until;
            claim.CurrentValue = until;
        }

        return claimed == 1;
    }

    private async Task RunAsync(PartnersDbContext db, Membership membership, MembershipTask task, CancellationToken ct)
    {
        try
        {
            if (task.Kind == MembershipTask.GrantApplicant)
            {
                if (await membership.GrantApplicantAsync(task.PartnerId, task.MemberId!, ct) is { } role)
                {
                    MemberLedger.Added(db, Time, task.PartnerId, task.MemberId!, role, task.By, invited: false);
                }
            }
            else
            {
                foreach (var member in await membership.RevokeAllAsync(task.PartnerId, ct))
                {
                    MemberLedger.Removed(db, Time, task.PartnerId, member, task.By);
                }
            }

            task.Done(Time.GetUtcNow());
        }
        catch (Exception failure) when (!ct.IsCancellationRequested)
        {
            // Whatever went wrong, the claim is let go and the task waits for its next try.
            var settings = options.Value;
            task.Failed(Time.GetUtcNow(), settings.GrantInterval, settings.GrantMaxBackoff);
            LogTaskFailed(logger, task.Kind, task.Attempts, failure.GetType().Name);
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A {Kind} task failed (attempt {Attempts}, {ExceptionType}); it runs again."
    )]
    private static partial void LogTaskFailed(ILogger logger, string kind, int attempts, string exceptionType);
}
