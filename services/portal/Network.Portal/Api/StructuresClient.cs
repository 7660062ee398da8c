using Microsoft.Extensions.Caching.Memory;

namespace Network.Portal.Api;

/// <summary>The partners service, as the pages use it: the directory, a structure's page, the standard's labels; its
/// profile, which its admins keep up to date; the application of a structure that joins the network.</summary>
public sealed class StructuresClient(PortalApi api, IMemoryCache cache)
{
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
        (await cache.GetOrCreateAsync("partner-directory", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
                var all = new List<Structure>();
                for (var page = 1; ; page++)
                {
                    var answer = await ListAsync(new StructureQuery(Page: page, PageSize: 100), cancellationToken);
                    var found = answer.Value
                        ?? throw new ServiceUnavailableException("The directory could not be read.");
                    all.AddRange(found.Items);
                    if (page >= found.PageCount)
                    {
                        return (IReadOnlyList<Structure>)
                            [
                                .. all.OrderBy(
                                    structure => structure.Name,
                                    StringComparer.Create(Formatting.French.Culture, true)
                                ),
                            ];
                    }
                }
            }))!;

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

    private static string NameKey(Guid id) => $"partner-name:{id}";
}
