using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Notices;

/// <summary>An e-mail to a structure's contact address that could not be delivered.</summary>
/// <param name="Kind">What it told of, in kebab-case (<c>referral-received</c>, <c>loan-requested</c>...).</param>
/// <param name="SubjectId">What it was about: the referral, the loan, the partner.</param>
/// <param name="CreatedAt">When the change it told of was made.</param>
/// <param name="Attempts">How many times it was tried.</param>
public sealed record UndeliveredNotice(string Kind, Guid SubjectId, DateTimeOffset CreatedAt, int Attempts);

/// <summary>
/// <c>GET {group}/notices/undelivered</c>: the e-mails of the last <see cref="Days"/> days that the service could not
/// deliver to the acting partner's contact address, newest first, for its staff to check that address. Each service
/// that writes to structures maps it on its own group, with its own notices.
/// </summary>
public static class UndeliveredNotices
{
    public const int Days = 30;

    public static RouteHandlerBuilder MapUndeliveredNotices<TDb>(this RouteGroupBuilder group)
        where TDb : ServiceDbContext =>
        group
            // The handler takes the service's context from the request's services: the route analyzer fails on a
            // handler with a generic parameter.
            .MapGet(
                "/notices/undelivered",
                (HttpContext http, Caller caller, int? page, int? pageSize, CancellationToken cancellation) =>
                    ListAsync(
                        http.RequestServices.GetRequiredService<TDb>(),
                        caller,
                        http.RequestServices.GetRequiredService<TimeProvider>(),
                        page,
                        pageSize,
                        cancellation
                    )
            )
            .RequireAuthorization()
            .WithSummary(
                $"The e-mails of the last {Days} days that could not be delivered to the acting partner's contact "
                    + "address, newest first, for its staff (404 for a caller acting for no partner): {kind, "
                    + "subjectId, createdAt, attempts}, paged."
            );

    private static async Task<Results<Ok<PagedList<UndeliveredNotice>>, ValidationProblem, NotFound>> ListAsync(
        ServiceDbContext db,
        Caller caller,
        TimeProvider time,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken
    )
    {
        if (caller.StaffPartnerId is not { } partner)
        {
            return caller.MustNamePartner ? ActingPartner.NotNamed() : TypedResults.NotFound();
        }

        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var since = time.GetUtcNow().AddDays(-Days);
        var failed = db.Set<Notice>()
            .AsNoTracking()
            .Where(n => n.RecipientId == partner && n.Outcome == NoticeOutcome.Failed && n.CreatedAt >= since);
        var total = await failed.CountAsync(cancellationToken);
        var notices = await failed
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new PagedList<UndeliveredNotice>(
                [.. notices.Select(n => new UndeliveredNotice(Code(n.Kind), n.SubjectId, n.CreatedAt, n.Attempts))],
                paging.Page,
                paging.PageSize,
                total
            )
        );
    }

    private static string Code(string kind) => WireCode.Policy.ConvertName(kind);
}
