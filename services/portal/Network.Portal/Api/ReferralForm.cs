using System.Globalization;
using Network.Portal.Formatting;

namespace Network.Portal.Api;

/// <summary>The form of a new referral, as posted. The portal checks what must be there before the confirmation; the
/// API checks the rest and names the fields at fault.</summary>
public sealed class ReferralForm
{
    /// <summary>The needs ticked, by code (a ticked box posts <c>Form.Needs[code]=true</c>); null when none
    /// is.</summary>
    public Dictionary<string, bool>? Needs { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Commune { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? BirthYear { get; set; }

    public string? Note { get; set; }

    public string Urgency { get; set; } = "normal";

    /// <summary>The receiver's workshop at which to hold a seat; empty for none.</summary>
    public string? EventId { get; set; }

    public string? ConsentMethod { get; set; }

    /// <summary>The day the person agreed, as a date field posts it (<c>2026-12-06</c>).</summary>
    public string? ConsentDate { get; set; }

    /// <summary>"oui" once the person sending it has read the confirmation.</summary>
    public string? Confirmed { get; set; }

    /// <summary>Drawn when the form is shown: the same form posted twice sends one referral.</summary>
    public string? RequestKey { get; set; }

    public IReadOnlyList<string> TickedNeeds => [.. (Needs ?? []).Where(need => need.Value).Select(need => need.Key)];

    /// <summary>What the confirmation needs: the fields the API requires, with the messages a person acts on, named
    /// with the API's field paths.</summary>
    internal IReadOnlyList<(string Field, string Message)> Check()
    {
        var errors = new List<(string, string)>();
        Require(TickedNeeds.Count > 0, "needs", "Cochez au moins un besoin de la personne.");
        Require(!string.IsNullOrWhiteSpace(FirstName), "resident.firstName", "Indiquez le prénom de la personne.");
        Require(!string.IsNullOrWhiteSpace(LastName), "resident.lastName", "Indiquez le nom de la personne.");
        Require(!string.IsNullOrWhiteSpace(Commune), "resident.commune", "Indiquez la commune où vit la personne.");
        Require(
            string.IsNullOrWhiteSpace(BirthYear) || ParsedBirthYear is not null,
            "resident.birthYear",
            "Indiquez l'année de naissance en chiffres, par exemple 1958."
        );
        Require(ConsentMethod is not null, "consent.method", "Indiquez comment la personne a donné son accord.");
        Require(ObtainedOn is not null, "consent.obtainedAt", "Indiquez le jour où la personne a donné son accord.");
        return errors;

        void Require(bool condition, string field, string message)
        {
            if (!condition)
            {
                errors.Add((field, message));
            }
        }
    }

    internal object ToBody(Guid toPartnerId) =>
        new
        {
            toPartnerId,
            resident = new
            {
                firstName = FormValue.Of(FirstName),
                lastName = FormValue.Of(LastName),
                phone = FormValue.Of(Phone),
                email = FormValue.Of(Email),
                birthYear = ParsedBirthYear,
                commune = FormValue.Of(Commune),
            },
            needs = TickedNeeds,
            note = FormValue.Of(Note),
            urgency = Urgency,
            consent = new { method = ConsentMethod, obtainedAt = ObtainedAt },
            eventId = Guid.TryParse(EventId, out var eventId) ? eventId : (Guid?)null,
        };

    private int? ParsedBirthYear =>
        int.TryParse(BirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private DateOnly? ObtainedOn =>
        DateOnly.TryParseExact(
            ConsentDate,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var day
        )
            ? day
            : null;

    /// <summary>The start of that day in Paris: a consent given today is never dated in the future.</summary>
    private DateTimeOffset? ObtainedAt =>
        ObtainedOn is { } day
            ? new DateTimeOffset(
                day.ToDateTime(TimeOnly.MinValue),
                French.Zone(null).GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))
            )
            : null;
}
