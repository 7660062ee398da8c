namespace Network.Portal.Api;

/// <summary>Every item of a paged list of the API, read page after page, for a page that needs the whole of
/// it.</summary>
internal static class AllPages
{
    /// <summary>The API's largest page, so that a list takes as few calls as it can.</summary>
    public const int PageSize = 100;

    /// <param name="pageAt">The call that reads one page, by its number (from 1), at most <see cref="PageSize"/>
    /// items.</param>
    public static async Task<List<T>> ReadAsync<T>(Func<int, Task<ApiAnswer<ResultPage<T>>>> pageAt)
    {
        ArgumentNullException.ThrowIfNull(pageAt);
        var all = new List<T>();
        for (var page = 1; ; page++)
        {
            var found = (await pageAt(page)).Value
                ?? throw new ServiceUnavailableException($"Page {page} of a list could not be read.");
            all.AddRange(found.Items);
            if (page >= found.PageCount)
            {
                return all;
            }
        }
    }
}
