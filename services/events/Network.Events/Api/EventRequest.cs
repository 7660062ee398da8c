using System.ComponentModel.DataAnnotations;
using Network.Events.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Events.Api;

/// <summary>
/// The body of <c>POST /api/events</c> and <c>PUT /api/events/{id}</c>. Each field declares its own rules; those
/// between fields and against the clock are <see cref="Check"/>. Fields are nullable so that every missing one is named
/// at once.
/// </summary>
/// <param name="Title">The event's title, one line of at most 200 characters (required).</param>
/// <param name="Description">What happens at the event, at most 4000 characters; line breaks are kept.</param>
/// <param name="Category">The kind of event, a code of `GET /api/events/categories` (required).</param>
/// <param name="Audiences">Who the event is for.</param>
/// <param name="CoOrganiserIds">Other active partners that organise the event too.</param>
/// <param name="StartsAt">When the event starts (required; in the future).</param>
/// <param name="EndsAt">When the event ends (required; after `startsAt`).</param>
/// <param name="TimeZone">The IANA time zone of the event's times, e.g. `Europe/Paris`.</param>
/// <param name="Location">Where the event happens (required).</param>
/// <param name="Capacity">Seats offered; none for an unlimited event.</param>
/// <param name="RegistrationRequired">Whether people register to come.</param>
/// <param name="Recurrence">Repeats the event as a series of events.</param>
/// <param name="Accessibility">What the event offers people with a disability; every flag false unless given.</param>
public sealed record EventRequest(
    [property: Required(ErrorMessage = "Le titre est obligatoire.")]
    [property: MaxLength(200, ErrorMessage = "Le titre fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Title = null,
    [property: MaxLength(4000, ErrorMessage = "La description fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Description = null,
    [property: Required(ErrorMessage = "La catégorie est obligatoire.")] EventCategory? Category = null,
    IReadOnlyList<string>? Audiences = null,
    IReadOnlyList<Guid>? CoOrganiserIds = null,
    [property: Required(ErrorMessage = "Le début est obligatoire.")]
    [property: PlausibleDate]
        DateTimeOffset? StartsAt = null,
    [property: Required(ErrorMessage = "La fin est obligatoire.")]
    [property: PlausibleDate]
        DateTimeOffset? EndsAt = null,
    [property: MaxLength(64, ErrorMessage = "Le fuseau horaire fait au plus {1} caractères.")]
    [property: SingleLine]
        string? TimeZone = null,
    [property: Required(ErrorMessage = "Le lieu est obligatoire.")] LocationRequest? Location = null,
    [property: Range(
        1,
        EventRequest.MaxCapacity,
        ErrorMessage = "La capacité est comprise entre {1} et {2} (absente : illimitée)."
    )]
        int? Capacity = null,
    bool RegistrationRequired = true,
    RecurrenceRequest? Recurrence = null,
    EventAccessibility? Accessibility = null
) : IRequestRules
{
    public const int MaxCapacity = 10_000;

    private const string DefaultTimeZone = "Europe/Paris";

    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? DefaultTimeZone, out var found) ? found : null;
        errors
            .Require(StartsAt is null || StartsAt > now, "startsAt", "Le début est dans le futur.")
            .Require(StartsAt is null || EndsAt is null || EndsAt > StartsAt, "endsAt", "La fin vient après le début.")
            .Require(
                StartsAt is null || EndsAt is null || EndsAt - StartsAt <= Event.MaxDuration,
                "endsAt",
                $"Un événement dure au plus {Event.MaxDuration.TotalDays} jours ; au-delà, créez une série."
            )
            .Require(zone is not null, "timeZone", "Le fuseau horaire est un identifiant IANA, par ex. Europe/Paris.");
        foreach (var audience in Audiences ?? [])
        {
            errors.Require(
                Domain.Audiences.Labels.ContainsKey(audience),
                "audiences",
                $"« {audience} » n'est pas un public connu : {string.Join(", ", Domain.Audiences.Labels.Keys)} "
                    + "(aucun : tout public)."
            );
        }

        Recurrence?.Check(StartsAt is { } start && zone is not null ? FirstDay(start, zone) : null, errors);
    }

    /// <summary>
    /// The event's occurrences, for a request that passed its validation: one, or one per date of its
    /// <see cref="Recurrence"/>, with the errors of a series that has no date or lasts over a year.
    /// </summary>
    public (IReadOnlyList<EventDetails> Occurrences, ValidationErrors Errors) Occurrences()
    {
        var timeZone = TimeZone ?? DefaultTimeZone;
        var first = new EventDetails(
            Title!.Trim(),
            Description?.Trim() ?? "",
            Category!.Value,
            Audiences?.Distinct().ToList() ?? [],
            CoOrganiserIds?.Distinct().ToList() ?? [],
            StartsAt!.Value.ToUniversalTime(),
            EndsAt!.Value.ToUniversalTime(),
            timeZone,
            Location!.ToLocation(),
            Capacity,
            RegistrationRequired,
            Accessibility ?? new EventAccessibility()
        );
        var errors = new ValidationErrors();
        if (Recurrence is null)
        {
            return ([first], errors);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var occurrences = Recurrence
            .ToRecurrence(FirstDay(first.StartsAt, zone))
            .Occurrences(first.StartsAt, first.EndsAt, zone)
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
        return (occurrences, errors);
    }

    private static DateOnly FirstDay(DateTimeOffset start, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
}

/// <summary>The body of <c>POST /api/events/{id}/cancel</c> and of the series' cancel.</summary>
/// <param name="Reason">Why the event is cancelled, told to the registrants: one line of at most 1000 characters
/// (required).</param>
public sealed record CancelEventRequest(
    [property: Required(ErrorMessage = "Le motif est obligatoire.")]
    [property: MaxLength(1000, ErrorMessage = "Le motif fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Reason = null
);
