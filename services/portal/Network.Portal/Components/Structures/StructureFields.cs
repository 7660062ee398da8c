using Network.Portal.Formatting;

namespace Network.Portal.Components.Structures;

/// <summary>The API's field paths of a structure's profile, and the ids of the fields its forms show them
/// beside.</summary>
public static class StructureFields
{
    public static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        ["name"] = "nom",
        ["kind"] = "type",
        ["siret"] = "siret",
        ["description"] = "presentation",
        ["address"] = "rue",
        ["address.street"] = "rue",
        ["address.postalCode"] = "code-postal",
        ["address.commune"] = "commune",
        ["contact.email"] = "email",
        ["contact.phone"] = "telephone",
        ["contact.website"] = "site",
        ["services"] = "services",
        ["publics"] = "publics",
        ["labels"] = "labels",
        ["openingHours"] = "horaires-Mo",
        ["accessibility.wheelchair"] = "fauteuil",
        ["accessibility.notes"] = "acces",
    }
        .Concat(OpeningHoursText.Codes.Select(day => KeyValuePair.Create($"openingHours.{day}", $"horaires-{day}")))
        .ToDictionary();
}
