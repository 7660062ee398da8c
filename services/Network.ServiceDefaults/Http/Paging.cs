using Microsoft.AspNetCore.Http;

namespace Network.ServiceDefaults.Http;

/// <summary><c>?page=1&amp;pageSize=20</c> of the list convention: pageSize 1..100, default 20.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging of a request, or the errors naming <c>page</c> and <c>pageSize</c>.</summary>
    public static (Paging? Paging, Dictionary<string, string[]>? Errors) From(int? page, int? pageSize)
    {
        var sizeValid = pageSize is null or (>= 1 and <= MaxPageSize);
        var errors = new Problems.ValidationErrors()
            .Require(page is null or >= 1, "page", "page commence à 1.")
            .Require(sizeValid, "pageSize", $"pageSize est compris entre 1 et {MaxPageSize}.");

        // Computed in 64 bits: in 32, a huge page wraps to a negative offset, which a database refuses with a 500.
        if (page is >= 1 && sizeValid && ((long)page.Value - 1) * (pageSize ?? DefaultPageSize) > int.MaxValue)
        {
            errors.Add(
                "page",
                $"page est au plus {int.MaxValue / (pageSize ?? DefaultPageSize) + 1} avec "
                    + $"pageSize={pageSize ?? DefaultPageSize}."
            );
        }

        return errors.IsEmpty
            ? (new Paging(page ?? 1, pageSize ?? DefaultPageSize), null)
            : (null, errors.ToDictionary());
    }
}

/// <summary>A page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
/// <param name="Items">The page's items, in the list's order.</param>
/// <param name="Page">The number of this page, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
/// <param name="Total">How many items the whole list holds, over every page.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
