using Microsoft.Extensions.Caching.Memory;

namespace Network.Portal.Api;

/// <summary>The partners service, as the pages use it: the directory, a structure's page, the standard's labels; its
/// profile, which its admins keep up to date; the application of a structure that joins the network; the
/// coordinator's moderation of the network's structures.</summary>
public sealed class StructuresClient(PortalApi api, IMemoryCache cache)
{
    /// <summary>The statuses of a structure, in the order of its life.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["pending", "active", "suspended", "archived"];

    private const string DirectoryKey = "partner-directory";

    public Task<ApiAnswer<ResultPage<Structure>>> ListAsync(
        StructureQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Structure>>("/api/partners" + query.ToQueryString(), cancellationToken);

    public Task<Structure?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.FindAsync<Structure>($"/api/partners/{id}", cancellationToken);

    public async Task<Taxonomy> TaxonomyAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("partner-taxonomy", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                return await api.FindAsync<Taxonomy>("/api/partners/taxonomy", cancellationToken);
            }))!;

    /// <summary>A structure's name for lists of workshops; kept a few minutes, as names seldom change.</summary>
    public async Task<string?> NameOfAsync(Guid id, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(NameKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (await FindAsync(id, cancellationToken))?.Name;
        });

    /// <summary>Every active structure of the directory, by name: the choices of co-organisers. Kept a few
    /// minutes.</summary>
    public async Task<IReadOnlyList<Structure>> DirectoryAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(DirectoryKey, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
                return (IReadOnlyList<Structure>)
                    [
                        .. (await AllAsync(new StructureQuery(), cancellationToken)).OrderBy(
                            structure => structure.Name,
                            StringComparer.Create(Formatting.French.Culture, true)
                        ),
                    ];
            }))!;

    /// <summary>The coordinator's view: the active structures whose profile has not changed for long, the oldest
    /// first.</summary>
    public async Task<IReadOnlyList<Structure>> StaleAsync(CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(new StructureQuery(Stale: true), cancellationToken)).OrderBy(s => s.UpdatedAt)];

    /// <summary>The coordinator's view: how many structures are in each status, by the API's code.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>();
        foreach (var status in Statuses)
        {
            var answer = await ListAsync(new StructureQuery(PageSize: 1, Status: status), cancellationToken);
            counts[status] = answer.Value?.Total
                ?? throw new ServiceUnavailableException($"The structures {status} could not be counted.");
        }

        return counts;
    }

    /// <summary>Every change of the structure's status, the oldest first; empty when it is not the caller's to
    /// see.</summary>
    public async Task<IReadOnlyList<StructureStatusChange>> HistoryAsync(
        Guid id,
        CancellationToken cancellationToken = default
    ) => await api.FindAsync<List<StructureStatusChange>>($"/api/partners/{id}/history", cancellationToken) ?? [];

    /// <summary>The coordinator moves a structure on: <c>approve</c>, <c>suspend</c> (with a reason),
    /// <c>reactivate</c>, <c>archive</c> (with a reason or none).</summary>
    public async Task<ApiAnswer<Structure>> ChangeStatusAsync(
        Guid id,
        string step,
        string? reason,
        CancellationToken cancellationToken = default
    )
    {
        var answer = await api.PostAsync<Structure>(
            $"/api/partners/{id}/{step}",
            StatusChangeBody(step, reason),
            cancellationToken: cancellationToken
        );
        if (answer.Succeeded)
        {
            // The co-organisers' choices hold the active structures only.
            cache.Remove(DirectoryKey);
        }

        return answer;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesOfAsync(
        IEnumerable<Guid> ids,
        CancellationToken cancellationToken = default
    )
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in ids.Distinct())
        {
            if (await NameOfAsync(id, cancellationToken) is { } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    /// <summary>The structure with its version, which <see cref="UpdateAsync"/> sends back.</summary>
    public Task<ApiAnswer<Structure>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<Structure>($"/api/partners/{id}", cancellationToken);

    /// <summary>Replaces the profile read as <paramref name="version"/>: a 412 says someone changed it since.</summary>
    public async Task<ApiAnswer<Structure>> UpdateAsync(
        Guid id,
        object profile,
        string version,
        CancellationToken cancellationToken = default
    )
    {
        var answer = await api.PutAsync<Structure>($"/api/partners/{id}", profile, version, cancellationToken);
        if (answer.Succeeded)
        {
            cache.Remove(NameKey(id));
        }

        return answer;
    }

    /// <summary>A signed-in person with no structure asks for theirs to join the network: a pending
    /// structure.</summary>
    public Task<ApiAnswer<Structure>> ApplyAsync(
        object profile,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<Structure>("/api/partners", profile, idempotencyKey, cancellationToken);

    /// <summary>What a change of status sends: a reason for the two steps that take one, nothing for the
    /// others.</summary>
    public static object? StatusChangeBody(string step, string? reason) =>
        step is "suspend" or "archive"
            ? new { reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() }
            : null;

    /// <summary>Every structure the query finds, page after page.</summary>
    private Task<List<Structure>> AllAsync(StructureQuery query, CancellationToken cancellationToken) =>
        AllPages.ReadAsync(page =>
            ListAsync(query with { Page = page, PageSize = AllPages.PageSize }, cancellationToken)
        );

    private static string NameKey(Guid id) => $"partner-name:{id}";
}
