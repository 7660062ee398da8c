using Network.Events.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>The filters the public list and the calendar feed share.</summary>
public sealed record EventFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Commune = null,
    string? Category = null,
    string? Audience = null,
    Guid? OrganiserId = null,
    string? Q = null,
    string? Accessibility = null
)
{
    /// <summary>The accessibility flags asked for (<c>accessibility=wheelchair,hearingLoop</c>): events must offer
    /// all of them.</summary>
    private IReadOnlyList<string> AccessibilityCodes =>
        Accessibility?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Null when the filters are coherent, otherwise the fields at fault.</summary>
    public Dictionary<string, string[]>? Errors()
    {
        var errors = new ValidationErrors()
            .Require(From is null || To is null || To >= From, "to", "to vient après from.")
            .RequirePlausible(From, "from")
            .RequirePlausible(To, "to")
            .Require(
                Audience is null || Domain.Audiences.Labels.ContainsKey(Audience),
                "audience",
                $"Public inconnu : {string.Join(", ", Domain.Audiences.Labels.Keys)}."
            )
            .Require(Q is null || Q.Length <= 200, "q", "La recherche fait au plus 200 caractères.")
            .Require(
                Category is null || Categories.Parse(Category) is not null,
                "category",
                $"Catégorie inconnue : {string.Join(", ", Categories.Codes)}."
            )
            .Require(
                AccessibilityCodes.All(code => AccessibilityFeatures.Find(code) is not null),
                "accessibility",
                $"Accessibilité inconnue : {string.Join(", ", AccessibilityFeatures.All.Select(f => f.Code))}."
            );
        return errors.IsEmpty ? null : errors.ToDictionary();
    }

    /// <summary>Events overlapping [from (default: now), to], matching every filter given.</summary>
    public IQueryable<Event> Apply(IQueryable<Event> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var start = (From ?? now).ToUniversalTime();

        // An event overlapping the period started at most its longest duration before it: the bound lets the index on
        // StartsAt work.
        var earliestStart = start - Event.MaxDuration;
        var query = events.Where(e => e.EndsAt >= start && e.StartsAt >= earliestStart);
        if (To is { } end)
        {
            var until = end.ToUniversalTime();
            query = query.Where(e => e.StartsAt <= until);
        }

        query = Commune is null ? query : query.Where(e => e.Location.Commune == Commune);
        var category = Category is null ? null : Categories.Parse(Category);
        query = category is null ? query : query.Where(e => e.Category == category);
        query = Audience is null ? query : query.Where(e => e.Audiences.Contains(Audience));
        query = OrganiserId is not { } organiser
            ? query
            : query.Where(e => e.OrganiserId == organiser || e.CoOrganiserIds.Contains(organiser));
        query = AccessibilityCodes.Aggregate(query, (filtered, code) =>
            filtered.Where(AccessibilityFeatures.Find(code)!.OfferedBy)
        );
        return string.IsNullOrWhiteSpace(Q)
            ? query
            : query.Where(e => e.Title.Contains(Q) || e.Description.Contains(Q));
    }
}
