namespace Network.Contracts.Events;

/// <summary>An event as the activity view needs it: who organises, what kind, where and when. No personal
/// data.</summary>
/// <param name="Category">Kebab-case category (<c>cafe-ia</c>, <c>atelier-numerique</c>...).</param>
/// <param name="Capacity">Null: unlimited.</param>
/// <param name="SeriesId">The series the event belongs to, if any.</param>
/// <param name="Accessibility">What the event offers people with a disability; null in messages written before it
/// was known.</param>
public sealed record EventSnapshot(
    Guid EventId,
    Guid OrganiserId,
    IReadOnlyList<Guid> CoOrganiserIds,
    string Category,
    string PostalCode,
    string Commune,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int? Capacity,
    Guid? SeriesId = null,
    EventAccessibilityFlags? Accessibility = null
);
