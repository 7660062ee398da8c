using System.Globalization;
using Network.Partners.Domain;
using Network.Partners.Taxonomy;

namespace Network.Partners.Export;

/// <summary>
/// A partner as a row of the national standard: its 32 columns in the schema's order, multiple values
/// joined by <c>|</c> as the schema's patterns require, vocabularies written as the standard's labels.
/// </summary>
internal static class StandardRecord
{
    /// <summary>The standard's fields, in its order (<c>Taxonomy/Standard/schema.json</c>).</summary>
    public static readonly string[] Fields =
    [
        "id",
        "pivot",
        "nom",
        "commune",
        "code_postal",
        "code_insee",
        "adresse",
        "complement_adresse",
        "latitude",
        "longitude",
        "typologie",
        "telephone",
        "courriels",
        "site_web",
        "horaires",
        "presentation_resume",
        "presentation_detail",
        "source",
        "itinerance",
        "structure_parente",
        "date_maj",
        "services",
        "publics_specifiquement_adresses",
        "prise_en_charge_specifique",
        "frais_a_charge",
        "dispositif_programmes_nationaux",
        "formations_labels",
        "autres_formations_labels",
        "modalites_acces",
        "modalites_accompagnement",
        "fiche_acces_libre",
        "prise_rdv",
    ];

    /// <summary>Without a SIRET, the pivot is the standard's placeholder of fourteen zeros.</summary>
    private const string UnknownPivot = "00000000000000";

    private const int SummaryLength = 280;

    /// <summary>The row's values by field name; empty optional fields are null.</summary>
    public static IReadOnlyDictionary<string, string?> Of(Partner partner, PartnerTaxonomy taxonomy, string source)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var (address, contact) = (partner.Address, partner.Contact);
        return new Dictionary<string, string?>
        {
            ["id"] = partner.Id.ToString(),
            ["pivot"] = partner.Siret ?? UnknownPivot,
            ["nom"] = partner.Name,
            ["commune"] = address.Commune,
            ["code_postal"] = address.PostalCode,
            ["code_insee"] = address.InseeCode,
            ["adresse"] = address.Street,
            ["latitude"] = address.Latitude?.ToString(CultureInfo.InvariantCulture),
            ["longitude"] = address.Longitude?.ToString(CultureInfo.InvariantCulture),
            ["typologie"] = taxonomy.Kinds.FirstOrDefault(kind => kind.Code == partner.Kind)?.StandardCode,
            ["telephone"] = contact.Phone,
            ["courriels"] = contact.Email,
            ["site_web"] = contact.Website,
            ["horaires"] = partner.OpeningHours,
            ["presentation_resume"] = Empty(Summary(partner.Description)),
            ["presentation_detail"] = Empty(partner.Description),
            ["source"] = source,
            ["date_maj"] = partner.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["services"] = Labels(partner.Services, taxonomy.Services),
            ["publics_specifiquement_adresses"] = Labels(partner.Publics, taxonomy.Publics),
            ["dispositif_programmes_nationaux"] = Labels(partner.Labels, taxonomy.Labels),
        };
    }

    private static string? Labels(IEnumerable<string> codes, IReadOnlyList<TaxonomyTerm> vocabulary) =>
        Empty(
            string.Join(
                '|',
                codes.Select(code => vocabulary.FirstOrDefault(term => term.Code == code)?.Label).OfType<string>()
            )
        );

    /// <summary>The description cut to the standard's 280 characters, on a word, with an ellipsis.</summary>
    private static string Summary(string description)
    {
        if (description.Length <= SummaryLength)
        {
            return description;
        }

        var cut = description.LastIndexOf(' ', SummaryLength - 1);
        return $"{description[..(cut > 0 ? cut : SummaryLength - 1)].TrimEnd()}…";
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
