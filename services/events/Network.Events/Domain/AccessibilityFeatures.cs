using System.Linq.Expressions;

namespace Network.Events.Domain;

/// <summary>
/// Each accessibility flag of an event: the name the list filters by (the field's name), its French label, the
/// schema.org <c>accessibilityFeature</c> terms it is published as, and the query that finds the events offering it.
/// </summary>
public sealed record AccessibilityFeature(
    string Code,
    string Label,
    IReadOnlyList<string> SchemaOrgTerms,
    Expression<Func<Event, bool>> OfferedBy
)
{
    private Func<Event, bool>? _offered;

    public bool IsOfferedBy(Event e) => (_offered ??= OfferedBy.Compile())(e);
}

public static class AccessibilityFeatures
{
    // The schema.org vocabulary (W3C's accessibilityFeature terms) has words for sign language and written forms of
    // speech; the others, which it has none for, are published under the names a person would search for.
    public static readonly IReadOnlyList<AccessibilityFeature> All =
    [
        new("wheelchair", "Accessible en fauteuil roulant", ["wheelchairAccessible"], e => e.Accessibility.Wheelchair),
        new("hearingLoop", "Boucle magnétique pour les appareils auditifs", ["hearingLoop"], e =>
            e.Accessibility.HearingLoop
        ),
        new("signLanguage", "Interprétation en langue des signes (LSF)", ["signLanguage"], e =>
            e.Accessibility.SignLanguage
        ),
        new("subtitlesOrWrittenSupport", "Sous-titrage ou support écrit", ["captions", "transcript"], e =>
            e.Accessibility.SubtitlesOrWrittenSupport
        ),
        new("easyToRead", "Facile à lire et à comprendre (FALC)", ["easyToRead"], e => e.Accessibility.EasyToRead),
        new("visualImpairment", "Adapté aux personnes aveugles ou malvoyantes", ["visualImpairment"], e =>
            e.Accessibility.VisualImpairment
        ),
    ];

    public static AccessibilityFeature? Find(string code) => All.FirstOrDefault(feature => feature.Code == code);
}
