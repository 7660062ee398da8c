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
        var errors = new Problems.ValidationErrors()
            .Require(page is null or >= 1, "page", "page starts at 1.")
            .Require(pageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"pageSize is between 1 and {MaxPageSize}.");
        return errors.IsEmpty
            ? (new Paging(page ?? 1, pageSize ?? DefaultPageSize), null)
            : (null, errors.ToDictionary());
    }
}

/// <summary>A page of a list: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
