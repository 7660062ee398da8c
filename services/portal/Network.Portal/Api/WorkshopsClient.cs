using System.Globalization;
using Microsoft.Extensions.Caching.Memory;

namespace Network.Portal.Api;

/// <summary>The events service, as the public pages use it.</summary>
public sealed class WorkshopsClient(PortalApi api, IMemoryCache cache)
{
    public Task<ApiAnswer<ResultPage<Workshop>>> ListAsync(
        WorkshopQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Workshop>>("/api/events" + query.ToQueryString(), cancellationToken);

    public Task<Workshop?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.FindAsync<Workshop>($"/api/events/{id}", cancellationToken);

    /// <summary>The event's schema.org JSON-LD, as the API writes it, for the page's head.</summary>
    public Task<string?> JsonLdAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetTextAsync($"/api/events/{id}", "application/ld+json", cancellationToken);

    public Task<IReadOnlyList<CodeLabel>> CategoriesAsync(CancellationToken cancellationToken = default) =>
        VocabularyAsync("/api/events/categories", cancellationToken);

    /// <summary>The accessibility flags of workshops, in the order of the API, with their labels.</summary>
    public Task<IReadOnlyList<CodeLabel>> AccessibilityAsync(CancellationToken cancellationToken = default) =>
        VocabularyAsync("/api/events/accessibility", cancellationToken);

    private async Task<IReadOnlyList<CodeLabel>> VocabularyAsync(string path, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(path, out IReadOnlyList<CodeLabel>? known) && known is not null)
        {
            return known;
        }

        var vocabulary = await api.FindAsync<List<CodeLabel>>(path, cancellationToken)
            ?? throw new ServiceUnavailableException($"The events service does not answer {path}.");
        return cache.Set(path, (IReadOnlyList<CodeLabel>)vocabulary, TimeSpan.FromMinutes(10));
    }

    public Task<ApiAnswer<RegistrationAnswer>> RegisterAsync(
        Guid id,
        RegistrationForm form,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<RegistrationAnswer>(
            $"/api/events/{id}/registrations",
            form.ToBody(),
            idempotencyKey,
            cancellationToken
        );

    public Task<ApiProblem?> CancelRegistrationAsync(
        Guid eventId,
        Guid registrationId,
        string token,
        CancellationToken cancellationToken = default
    ) =>
        api.DeleteAsync(
            $"/api/events/{eventId}/registrations/{registrationId}" + Query.Of(("token", token)),
            cancellationToken
        );

    /// <summary>No more e-mails about a registration, with the token its e-mails carry.</summary>
    public async Task<ApiProblem?> StopNoticesAsync(
        Guid eventId,
        Guid registrationId,
        string token,
        CancellationToken cancellationToken = default
    ) =>
        (
            await api.PostAsync<object>(
                $"/api/events/{eventId}/registrations/{registrationId}/stop-notices" + StopNoticesQuery(token),
                null,
                cancellationToken: cancellationToken
            )
        ).Problem;

    public static string StopNoticesQuery(string token) => Query.Of(("token", token));

    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
