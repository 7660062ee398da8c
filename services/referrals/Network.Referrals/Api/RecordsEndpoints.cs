using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>The two append-only records of a referral: its status history, and the log of reads of its personal
/// data.</summary>
internal static class RecordsEndpoints
{
    public static void MapRecordsEndpoints(this RouteGroupBuilder referrals)
    {
        referrals
            .MapGet("/{id:guid}/history", HistoryAsync)
            .WithSummary(
                "Every status change, oldest first: who, when, from, to, and a coded reason (sender's or receiver's "
                    + "staff)."
            );
        referrals
            .MapGet("/{id:guid}/access-log", AccessLogAsync)
            .WithSummary(
                "Who read the personal data, when, for which partner (admins of the sender or receiver; their staff "
                    + "get 403)."
            );
    }

    private static async Task<Results<Ok<List<HistoryEntryResponse>>, NotFound>> HistoryAsync(
        Guid id,
        ReferralsDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        if (await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: false, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var entries = await db
            .History.AsNoTracking()
            .Where(e => e.ReferralId == id)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(HistoryEntryResponse.Of).ToList());
    }

    private static async Task<Results<Ok<List<AccessLogEntryResponse>>, NotFound, ProblemHttpResult>> AccessLogAsync(
        Guid id,
        ReferralsDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: false, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        if (!ReferralAccess.IsAdmin(caller, referral))
        {
            return Problem.Forbidden(
                "Le journal des consultations est réservé aux administrateurs des deux structures."
            );
        }

        var entries = await db
            .AccessLog.AsNoTracking()
            .Where(e => e.ReferralId == id)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(AccessLogEntryResponse.From).ToList());
    }
}
