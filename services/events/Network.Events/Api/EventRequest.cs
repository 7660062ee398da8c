using System.Text.RegularExpressions;
using Network.Events.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>The body of <c>POST /api/events</c>; optional fields so that every missing one is named at once.</summary>
/// <param name="Title">The event's title, one line (required).</param>
/// <param name="Description">What happens at the event; line breaks are kept.</param>
/// <param name="Category">The kind of event, a code of `GET /api/events/categories` (required).</param>
/// <param name="Audiences">Who the event is for.</param>
/// <param name="CoOrganiserIds">Other active partners that organise the event too.</param>
/// <param name="StartsAt">When the event starts (required).</param>
/// <param name="EndsAt">When the event ends (required; after `startsAt`).</param>
/// <param name="TimeZone">The IANA time zone of the event's times, e.g. `Europe/Paris`.</param>
/// <param name="Location">Where the event happens (required).</param>
/// <param name="Capacity">Seats offered; none for an unlimited event.</param>
/// <param name="RegistrationRequired">Whether people register to come.</param>
/// <param name="Recurrence">Repeats the event as a series of events.</param>
/// <param name="Accessibility">What the event offers people with a disability; every flag false unless given.</param>
public sealed partial record EventRequest(
    string? Title = null,
    string? Description = null,
    EventCategory? Category = null,
    IReadOnlyList<string>? Audiences = null,
    IReadOnlyList<Guid>? CoOrganiserIds = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    string? TimeZone = null,
    LocationRequest? Location = null,
    int? Capacity = null,
    bool RegistrationRequired = true,
    RecurrenceRequest? Recurrence = null,
    EventAccessibility? Accessibility = null
)
{
    private const int MaxCapacity = 10_000;

    /// <summary>The event's occurrences: one, or one per date of its <see cref="Recurrence"/>.</summary>
    public (IReadOnlyList<EventDetails>? Occurrences, ValidationErrors Errors) Validate(DateTimeOffset now)
    {
        var timeZone = TimeZone ?? "Europe/Paris";
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Title), "title", "Le titre est obligatoire.")
            .Require(Title is null || Title.Length <= 200, "title", "Le titre fait au plus 200 caractères.")
            .RequireSingleLine(Title, "title")
            .Require(
                Description is null || Description.Length <= 4000,
                "description",
                "La description fait au plus 4000 caractères."
            )
            .RequireMultiLine(Description, "description")
            .Require(Category is not null, "category", "La catégorie est obligatoire.")
            .Require(StartsAt is not null, "startsAt", "Le début est obligatoire.")
            .RequirePlausible(StartsAt, "startsAt")
            .RequirePlausible(EndsAt, "endsAt")
            .Require(
                TimeZone is null || TimeZone.Length <= 64,
                "timeZone",
                "Le fuseau horaire fait au plus 64 caractères."
            )
            .RequireSingleLine(TimeZone, "timeZone")
            .Require(StartsAt is null || StartsAt > now, "startsAt", "Le début est dans le futur.")
            .Require(EndsAt is not null, "endsAt", "La fin est obligatoire.")
            .Require(StartsAt is null || EndsAt is null || EndsAt > StartsAt, "endsAt", "La fin vient après le début.")
            .Require(
                StartsAt is null || EndsAt is null || EndsAt - StartsAt <= Event.MaxDuration,
                "endsAt",
                $"Un événement dure au plus {Event.MaxDuration.TotalDays} jours ; au-delà, créez une série."
            )
            .Require(
                TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _),
                "timeZone",
                "Le fuseau horaire est un identifiant IANA, par ex. Europe/Paris."
            )
            .Require(
                Capacity is null or (>= 1 and <= MaxCapacity),
                "capacity",
                $"La capacité est comprise entre 1 et {MaxCapacity} (absente : illimitée)."
            )
            .Require(Location is not null, "location", "Le lieu est obligatoire.");
        foreach (var audience in Audiences ?? [])
        {
            errors.Require(
                Domain.Audiences.Labels.ContainsKey(audience),
                "audiences",
                $"« {audience} » n'est pas un public connu : {string.Join(", ", Domain.Audiences.Labels.Keys)} "
                    + "(aucun : tout public)."
            );
        }

        var location = Location?.Validate(errors, "location");
        var recurrence = Recurrence?.Validate(StartsAt, timeZone, errors);
        if (!errors.IsEmpty || location is null)
        {
            return (null, errors);
        }

        var first = new EventDetails(
            Title!.Trim(),
            Description?.Trim() ?? "",
            Category!.Value,
            Audiences?.Distinct().ToList() ?? [],
            CoOrganiserIds?.Distinct().ToList() ?? [],
            StartsAt!.Value.ToUniversalTime(),
            EndsAt!.Value.ToUniversalTime(),
            timeZone,
            location,
            Capacity,
            RegistrationRequired,
            Accessibility ?? new EventAccessibility()
        );
        if (recurrence is null)
        {
            return ([first], errors);
        }

        var occurrences = recurrence
            .Occurrences(first.StartsAt, first.EndsAt, TimeZoneInfo.FindSystemTimeZoneById(timeZone))
            // Each occurrence owns its own copy of the place.
            .Select(o => first with { StartsAt = o.StartsAt, EndsAt = o.EndsAt, Location = first.Location with { } })
            .ToList();
        errors
            .Require(
                occurrences.Count > 0,
                "recurrence",
                "Aucune séance ne tombe dans cette période : vérifiez les jours et la date de fin."
            )
            .Require(
                occurrences.Count == 0 || occurrences[^1].StartsAt - first.StartsAt <= Domain.Recurrence.MaxSpan,
                "recurrence",
                "Une série dure au plus un an."
            );
        return errors.IsEmpty ? (occurrences, errors) : (null, errors);
    }
}

/// <param name="Name">The place's name, one line (required).</param>
/// <param name="Street">The street and number.</param>
/// <param name="PostalCode">The five-digit postal code (required).</param>
/// <param name="Commune">The commune (required).</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), given with the longitude.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), given with the latitude.</param>
/// <param name="Online">Whether the event happens online.</param>
/// <param name="Url">The link to join, required online.</param>
public sealed partial record LocationRequest(
    string? Name = null,
    string? Street = null,
    string? PostalCode = null,
    string? Commune = null,
    double? Latitude = null,
    double? Longitude = null,
    bool Online = false,
    string? Url = null
)
{
    public EventLocation? Validate(ValidationErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var urlValid =
            Url is null || (Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
        var before = errors.ToDictionary().Count;
        errors
            .Require(!string.IsNullOrWhiteSpace(Name), $"{prefix}.name", "Le nom du lieu est obligatoire.")
            .Require(
                Name is null || Name.Length <= 200,
                $"{prefix}.name",
                "Le nom du lieu fait au plus 200 caractères."
            )
            .RequireSingleLine(Name, $"{prefix}.name")
            .Require(Street is null || Street.Length <= 200, $"{prefix}.street", "La rue fait au plus 200 caractères.")
            .RequireSingleLine(Street, $"{prefix}.street")
            .Require(
                Commune is null || Commune.Length <= 100,
                $"{prefix}.commune",
                "La commune fait au plus 100 caractères."
            )
            .RequireSingleLine(Commune, $"{prefix}.commune")
            .Require(Url is null || Url.Length <= 500, $"{prefix}.url", "Le lien fait au plus 500 caractères.")
            .RequireSingleLine(Url, $"{prefix}.url")
            .Require(
                PostalCode is not null && PostalCodePattern().IsMatch(PostalCode),
                $"{prefix}.postalCode",
                "Le code postal est fait de 5 chiffres."
            )
            .RequireSingleLine(PostalCode, $"{prefix}.postalCode")
            .Require(!string.IsNullOrWhiteSpace(Commune), $"{prefix}.commune", "La commune est obligatoire.")
            .Require(
                Latitude is null or (>= -90 and <= 90),
                $"{prefix}.latitude",
                "La latitude est comprise entre -90 et 90."
            )
            .Require(
                Longitude is null or (>= -180 and <= 180),
                $"{prefix}.longitude",
                "La longitude est comprise entre -180 et 180."
            )
            .Require(urlValid, $"{prefix}.url", "Le lien est une adresse complète en http:// ou https://.")
            .Require(!Online || Url is not null, $"{prefix}.url", "Un événement en ligne donne son lien.");
        return errors.ToDictionary().Count > before
            ? null
            : new EventLocation(
                Name!.Trim(),
                Street?.Trim(),
                PostalCode!,
                Commune!.Trim(),
                Latitude,
                Longitude,
                Online,
                Url
            );
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();
}

/// <summary>The body of <c>POST /api/events/{id}/cancel</c> and of the series' cancel.</summary>
/// <param name="Reason">Why the event is cancelled, told to the registrants (required).</param>
public sealed record CancelEventRequest(string? Reason = null)
{
    private const int MaxReason = 1000;

    /// <summary>The trimmed reason, or the errors naming it.</summary>
    public (string? Reason, ValidationErrors Errors) Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Reason), "reason", "Le motif est obligatoire.")
            .Require(
                Reason is null || Reason.Length <= MaxReason,
                "reason",
                $"Le motif fait au plus {MaxReason} caractères."
            )
            .RequireSingleLine(Reason, "reason");
        return errors.IsEmpty ? (Reason!.Trim(), errors) : (null, errors);
    }
}
