using Microsoft.AspNetCore.OpenApi;

namespace Network.Partners.Api;

/// <summary>The choices this service makes where the contract is silent, published in its OpenAPI document.</summary>
internal static class PartnersApiDescription
{
    private const string Choices = """

        Partners service — choices where the contract is silent:

        - `kind`, `services`, `publics` and `labels` take the codes of `GET /api/partners/taxonomy`: the kebab-case of
          the national standard's labels ("Aide aux démarches administratives" → `aide-aux-demarches-administratives`);
          structure kinds follow data.inclusion's typologies (`centre-social` is CS, `france-services` is RFS...).
        - `address.street` is required (the standard's `adresse` is); `accessibility.wheelchair` is a boolean.
        - Phone numbers are stored in E.164 (`04 93 00 11 00` → `+33493001100`); French and overseas numbers only.
        - `POST /api/partners` by a signed-in user whose token names no partner is an application (`pending`); a user
          who already works for a partner gets 403. The coordinator's partners are `active` at once.
        - The directory lists active partners. The coordinator may add `status=pending|suspended|archived` (to review
          applications) and `stale=true`; only the coordinator's view carries `stale`. With `near`, partners without
          coordinates are left out; without `radiusKm`, every located partner is returned, nearest first.
        - `GET /api/partners/{id}/history`: every status change (who, when, from, to, reason), for the coordinator and
          the partner's own users. `suspend` needs a `reason`; `archive` takes an optional one. An illegal step is 409
          with `currentStatus`.
        - The export follows the standard's schema: CSV comma-separated, UTF-8, multiple values joined by `|` (as the
          schema's patterns require), `pivot` the SIRET or fourteen zeros, `presentation_resume` cut at 280 characters,
          `date_maj` the last update. The JSON has the same field names; empty fields are null.
        """;

    public static void AddPartnersApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(options =>
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Description += Choices;
                    return Task.CompletedTask;
                }
            )
        );
}
