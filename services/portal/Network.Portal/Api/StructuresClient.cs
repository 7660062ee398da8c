using Microsoft.Extensions.Caching.Memory;

namespace Network.Portal.Api;

/// <summary>The partners service, as the public pages use it: the directory, a structure's page, the standard's
/// labels.</summary>
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
        await cache.GetOrCreateAsync($"partner-name:{id}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (await FindAsync(id, cancellationToken))?.Name;
        });

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
}
