using System.Text.Json;
using System.Text.RegularExpressions;
using Network.Partners.Search;

namespace Network.Partners.Taxonomy;

/// <summary>A term of a vocabulary: the platform's kebab-case code and the standard's French label.</summary>
/// <param name="Code">The platform's code: the kebab-case of the label.</param>
/// <param name="Label">The standard's French label.</param>
public sealed record TaxonomyTerm(string Code, string Label)
{
    /// <summary>The standard's own code, where it has one distinct from the label (structure kinds).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? StandardCode { get; init; }
}

/// <summary>
/// The vocabularies of the national standard, read from its schema (copied in <c>Taxonomy/Standard</c>):
/// codes are the kebab-case of the standard's labels, so "Aide aux démarches administratives" is
/// <c>aide-aux-demarches-administratives</c>.
/// </summary>
public sealed partial class PartnerTaxonomy
{
    private PartnerTaxonomy(
        IReadOnlyList<TaxonomyTerm> kinds,
        IReadOnlyList<TaxonomyTerm> services,
        IReadOnlyList<TaxonomyTerm> publics,
        IReadOnlyList<TaxonomyTerm> labels,
        IReadOnlyList<TaxonomyTerm> supportModes,
        IReadOnlyList<TaxonomyTerm> accessModes
    )
    {
        Kinds = kinds;
        Services = services;
        Publics = publics;
        Labels = labels;
        SupportModes = supportModes;
        AccessModes = accessModes;
    }

    public IReadOnlyList<TaxonomyTerm> Kinds { get; }

    public IReadOnlyList<TaxonomyTerm> Services { get; }

    public IReadOnlyList<TaxonomyTerm> Publics { get; }

    public IReadOnlyList<TaxonomyTerm> Labels { get; }

    public IReadOnlyList<TaxonomyTerm> SupportModes { get; }

    public IReadOnlyList<TaxonomyTerm> AccessModes { get; }

    public static PartnerTaxonomy Load()
    {
        using var schema = JsonDocument.Parse(Resource("schema.json"));
        var fields = schema
            .RootElement.GetProperty("fields")
            .EnumerateArray()
            .ToDictionary(field => field.GetProperty("name").GetString()!, field => field);
        var kinds = JsonSerializer
            .Deserialize<List<Typology>>(Resource("typologies.json"), JsonSerializerOptions.Web)!
            .Select(typology => new TaxonomyTerm(typology.Code, typology.Label)
            {
                StandardCode = typology.StandardCode,
            })
            .ToList();
        return new PartnerTaxonomy(
            kinds,
            Vocabulary(fields["services"]),
            Vocabulary(fields["publics_specifiquement_adresses"]),
            Vocabulary(fields["dispositif_programmes_nationaux"]),
            Vocabulary(fields["modalites_accompagnement"]),
            Vocabulary(fields["modalites_acces"])
        );
    }

    /// <summary>The kebab-case code of a label: no accents, lower case, words joined by hyphens.</summary>
    public static string CodeOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return NonAlphanumeric().Replace(SearchTerms.Normalize(label), "-").Trim('-');
    }

    /// <summary>The labels a field's pattern allows: <c>(?:(?:^|\|)(A|B|C))+$</c> gives A, B and C.</summary>
    private static List<TaxonomyTerm> Vocabulary(JsonElement field)
    {
        const string Start = @"(?:^|\|)(";
        const string End = "))+$";
        var pattern = field.GetProperty("constraints").GetProperty("pattern").GetString()!;
        var from = pattern.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var alternatives = pattern[from..pattern.LastIndexOf(End, StringComparison.Ordinal)];
        return
        [
            .. alternatives.Split('|').Select(Regex.Unescape).Select(label => new TaxonomyTerm(CodeOf(label), label)),
        ];
    }

    private static string Resource(string name)
    {
        using var stream = typeof(PartnerTaxonomy).Assembly.GetManifestResourceStream(
            $"Network.Partners.Taxonomy.Standard.{name}"
        ) ?? throw new InvalidOperationException($"{name} of the standard is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    private sealed record Typology(string Code, string StandardCode, string Label);
}
