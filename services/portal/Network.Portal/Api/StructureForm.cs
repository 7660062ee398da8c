using Network.Portal.Formatting;
using Network.Portal.Forms;

namespace Network.Portal.Api;

/// <summary>
/// A structure's profile as its forms post it: the whole profile on Ma structure, the part an application needs on
/// Rejoindre le réseau. The portal checks what must be there; the API checks the rest and names the fields at fault.
/// </summary>
public sealed class StructureForm
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Siret { get; set; }

    public string? Description { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Commune { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    /// <summary>The codes ticked in each vocabulary of the standard (a ticked box posts
    /// <c>Form.Services[code]=true</c>).</summary>
    public Dictionary<string, bool>? Services { get; set; }

    public Dictionary<string, bool>? Publics { get; set; }

    public Dictionary<string, bool>? Labels { get; set; }

    /// <summary>The times of the week's grid (<see cref="OpeningWeek"/>).</summary>
    public Dictionary<string, string>? Hours { get; set; }

    public bool ClosedOnHolidays { get; set; }

    /// <summary>Opening hours the grid cannot show, kept as they are unless the grid is filled in.</summary>
    public string? KeptHours { get; set; }

    /// <summary><c>oui</c> or <c>non</c>.</summary>
    public string? Wheelchair { get; set; }

    public string? AccessibilityNotes { get; set; }

    /// <summary>The version of the profile the form was filled from, sent back as <c>If-Match</c>.</summary>
    public string? Version { get; set; }

    /// <summary>Drawn when an application is shown: the same application posted twice makes one.</summary>
    public string? RequestKey { get; set; }

    /// <summary>"oui" once the person applying has read the confirmation.</summary>
    public string? Confirmed { get; set; }

    public static StructureForm From(Structure structure, string? version)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var week = OpeningWeek.Read(structure.OpeningHours);
        return new StructureForm
        {
            Name = structure.Name,
            Kind = structure.Kind,
            Siret = structure.Siret,
            Description = structure.Description,
            Street = structure.Address.Street,
            PostalCode = structure.Address.PostalCode,
            Commune = structure.Address.Commune,
            Email = structure.Contact.Email,
            Phone = structure.Contact.Phone is { } phone ? French.Phone(phone) : null,
            Website = structure.Contact.Website,
            Services = Ticks(structure.Services),
            Publics = Ticks(structure.Publics),
            Labels = Ticks(structure.Labels),
            Hours = week?.Fields,
            ClosedOnHolidays = week?.ClosedOnHolidays ?? false,
            KeptHours = week is null ? structure.OpeningHours : null,
            Wheelchair = structure.Accessibility.Wheelchair ? "oui" : "non",
            AccessibilityNotes = structure.Accessibility.Notes,
            Version = version,
        };
    }

    public static IReadOnlyList<string> Ticked(Dictionary<string, bool>? boxes) =>
        [.. (boxes ?? []).Where(box => box.Value).Select(box => box.Key)];

    /// <summary>The opening hours to send: the grid's, else those it could not show; or what to correct in the
    /// grid.</summary>
    public (string? Value, IReadOnlyList<(string Field, string Message)> Errors) OpeningHours()
    {
        var (written, errors) = OpeningWeek.Write(Hours, ClosedOnHolidays);
        return (written ?? FormValue.Of(KeptHours), errors);
    }

    /// <summary>What the API requires, with the messages a person acts on, named with the API's field paths.</summary>
    internal IReadOnlyList<(string Field, string Message)> Check()
    {
        var errors = new List<(string, string)>();
        Require(Name, "name", "Indiquez le nom de la structure.");
        Require(Kind, "kind", "Choisissez le type de structure.");
        Require(Street, "address.street", "Indiquez le numéro et la rue.");
        Require(PostalCode, "address.postalCode", "Indiquez le code postal.");
        Require(Commune, "address.commune", "Indiquez la commune.");
        errors.AddRange(OpeningHours().Errors);
        return errors;

        void Require(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add((field, message));
            }
        }
    }

    /// <summary>The profile as the API takes it. What the form does not show (the commune's INSEE code, the position
    /// on the map) is sent back as <paramref name="current"/> holds it.</summary>
    internal object ToBody(Structure? current) =>
        new
        {
            name = FormValue.Of(Name),
            kind = FormValue.Of(Kind),
            siret = FormValue.Of(Siret)?.Replace(" ", "", StringComparison.Ordinal),
            description = FormValue.Of(Description),
            address = new
            {
                street = FormValue.Of(Street),
                postalCode = FormValue.Of(PostalCode),
                commune = FormValue.Of(Commune),
                inseeCode = current?.Address.InseeCode,
                latitude = current?.Address.Latitude,
                longitude = current?.Address.Longitude,
            },
            contact = new
            {
                email = FormValue.Of(Email),
                phone = FormValue.Of(Phone),
                website = FormValue.Of(Website),
            },
            services = Ticked(Services),
            publics = Ticked(Publics),
            labels = Ticked(Labels),
            openingHours = OpeningHours().Value,
            accessibility = new { wheelchair = Wheelchair == "oui", notes = FormValue.Of(AccessibilityNotes) },
        };

    private static Dictionary<string, bool> Ticks(IEnumerable<string> codes) =>
        codes.ToDictionary(code => code, _ => true);
}
