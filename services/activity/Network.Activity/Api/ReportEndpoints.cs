using Microsoft.AspNetCore.Http.HttpResults;
using Network.Activity.Queries;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Activity.Api;

/// <summary>The coordinator's tables: per partner (JSON and CSV), referral flows, and where referrals wait.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder activity)
    {
        activity
            .MapGet("/partners", PartnersAsync)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary(
                "One row per partner known to the network, ordered by name, paged; figures under 5 residents "
                    + "suppressed, and those a network total would give."
            );
        activity
            .MapGet("/export.csv", ExportAsync)
            .RequireAuthorization(Policies.Coordinator)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary(
                "The per-partner table, every partner, as CSV for French spreadsheets (UTF-8 with BOM, `;`, decimal "
                    + "comma); suppressed cells are empty."
            );
        activity
            .MapGet("/referral-flows", FlowsAsync)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary(
                "Referrals sent in the period, from partner to partner: shown pairs most frequent first, then "
                    + "suppressed ones by name; pairs under 5 suppressed, and those a total would give; the total "
                    + "never. `busiest` (1 to 100) keeps the pairs among that many partners that send and receive "
                    + "the most, a suppressed pair weighing 1; `partnerCount` says how many there are in all."
            );
        activity
            .MapGet("/referrals/pending", PendingAsync)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary(
                "Unanswered referrals per receiving partner with the age in days of the oldest, longest waits "
                    + "first, suppressed partners last; `olderThanDays` (default 0) keeps only referrals sent at "
                    + "least that many days ago."
            );
    }

    private static async Task<Results<Ok<PagedList<PartnerRow>>, ValidationProblem>> PartnersAsync(
        string? from,
        string? to,
        int? page,
        int? pageSize,
        PartnerTableQuery query,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var filter = QueryParameters.Period(from, to, errors);
        var (paging, pagingErrors) = Paging.From(page, pageSize);
        foreach (var (field, messages) in pagingErrors ?? [])
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rows = await query.RunAsync(filter, cancellationToken);
        return TypedResults.Ok(
            new PagedList<PartnerRow>(
                [.. rows.Skip(paging!.Skip).Take(paging.PageSize)],
                paging.Page,
                paging.PageSize,
                rows.Count
            )
        );
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string? from,
        string? to,
        PartnerTableQuery query,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var filter = QueryParameters.Period(from, to, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rows = await query.RunAsync(filter, cancellationToken);
        return TypedResults.File(
            PartnerTableCsv.Write(rows),
            "text/csv; charset=utf-8",
            PartnerTableCsv.FileName(filter)
        );
    }

    private static async Task<Results<Ok<ReferralFlows>, ValidationProblem>> FlowsAsync(
        string? from,
        string? to,
        string? busiest,
        ReferralFlowsQuery query,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var filter = QueryParameters.Period(from, to, errors);
        var most = QueryParameters.Integer(busiest, "busiest", 1, 100, errors);
        return errors.IsEmpty
            ? TypedResults.Ok(await query.RunAsync(filter, most, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<PendingReferrals>, ValidationProblem>> PendingAsync(
        string? olderThanDays,
        PendingReferralsQuery query,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var days = QueryParameters.Integer(olderThanDays, "olderThanDays", 0, 3650, errors);
        return errors.IsEmpty
            ? TypedResults.Ok(await query.RunAsync(days ?? 0, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }
}
