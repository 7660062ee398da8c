using System.Globalization;
using Network.Portal.Api;

namespace Network.Portal.Forms;

/// <summary>
/// A workshop's form, to create (with a series) or to edit one, as posted: the text as it was typed, so that a mistake
/// comes back as it was written. Dates and times are read in the workshop's time zone.
/// </summary>
public sealed class WorkshopForm
{
    public const string Paris = "Europe/Paris";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    /// <summary>The publics ticked, by code; none means everyone.</summary>
    public Dictionary<string, bool> Audiences { get; set; } = [];

    public Dictionary<Guid, bool> CoOrganisers { get; set; } = [];

    public string? Date { get; set; }

    public string? StartTime { get; set; }

    /// <summary>Only when the workshop ends another day than it starts.</summary>
    public string? EndDate { get; set; }

    public string? EndTime { get; set; }

    public string? TimeZone { get; set; } = Paris;

    public string? PlaceName { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Commune { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public bool Online { get; set; }

    public string? Url { get; set; }

    /// <summary>Empty: no limit.</summary>
    public string? Capacity { get; set; }

    /// <summary>"oui" when people register, "non" for an open door.</summary>
    public string? Registration { get; set; } = "oui";

    /// <summary>The accessibility flags ticked, by their names in the API.</summary>
    public Dictionary<string, bool> Accessibility { get; set; } = [];

    /// <summary>"non", or the series' frequency as the API names it: "daily", "weekly".</summary>
    public string? Repeat { get; set; } = "non";

    /// <summary>The days of a weekly series, by their names in the API ("monday").</summary>
    public Dictionary<string, bool> Weekdays { get; set; } = [];

    public string? Interval { get; set; }

    /// <summary>"count" or "until": how the series ends.</summary>
    public string? SeriesEnd { get; set; } = "count";

    public string? Count { get; set; }

    public string? Until { get; set; }

    /// <summary>The version (ETag) of the workshop the edit started from.</summary>
    public string? Version { get; set; }

    /// <summary>The person saw what the change will tell the registrants, and went on.</summary>
    public bool Confirmed { get; set; }

    public string? RequestKey { get; set; }

    /// <summary>A new workshop at the structure's own place, in its time zone.</summary>
    public static WorkshopForm ForNew(Structure? organiser) =>
        new()
        {
            PlaceName = organiser?.Name,
            Street = organiser?.Address.Street,
            PostalCode = organiser?.Address.PostalCode,
            Commune = organiser?.Address.Commune,
            Latitude = Decimal(organiser?.Address.Latitude),
            Longitude = Decimal(organiser?.Address.Longitude),
            RequestKey = Forms.RequestKey.New(),
        };

    /// <summary>The form of an existing workshop, read at <paramref name="version"/>.</summary>
    public static WorkshopForm From(Workshop workshop, string? version)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var zone = Formatting.French.Zone(workshop.TimeZone);
        var start = TimeZoneInfo.ConvertTime(workshop.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(workshop.EndsAt, zone);
        return new WorkshopForm
        {
            Title = workshop.Title,
            Description = workshop.Description,
            Category = workshop.Category,
            Audiences = workshop.Audiences.ToDictionary(code => code, _ => true),
            CoOrganisers = workshop.CoOrganiserIds.ToDictionary(id => id, _ => true),
            Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndDate = end.Date == start.Date ? null : end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndTime = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            TimeZone = workshop.TimeZone,
            PlaceName = workshop.Location.Name,
            Street = workshop.Location.Street,
            PostalCode = workshop.Location.PostalCode,
            Commune = workshop.Location.Commune,
            Latitude = Decimal(workshop.Location.Latitude),
            Longitude = Decimal(workshop.Location.Longitude),
            Online = workshop.Location.Online,
            Url = workshop.Location.Url,
            Capacity = workshop.Capacity?.ToString(CultureInfo.InvariantCulture),
            Registration = workshop.RegistrationRequired ? "oui" : "non",
            Accessibility = (workshop.Accessibility?.Codes ?? []).ToDictionary(code => code, _ => true),
            Version = version,
        };
    }

    /// <summary>The request the API takes, with what the portal could not read named by the API's field
    /// paths.</summary>
    public WorkshopRequest ToRequest(bool asSeries)
    {
        var errors = new List<(string Field, string Message)>();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(FormValue.Of(TimeZone) ?? Paris, out var found)
            ? found
            : null;
        // The API has one start and one end; the form, a field for each part of them, each named on its own.
        var day = ReadDate(Date, "date", "Indiquez la date de l'atelier.", errors);
        var startTime = ReadTime(StartTime, "startTime", "Indiquez l'heure de début.", errors);
        var endDay = FormValue.Of(EndDate) is null ? day : ReadDate(EndDate, "endDate", "", errors);
        var endTime = ReadTime(EndTime, "endTime", "Indiquez l'heure de fin.", errors);
        var startsAt = Instant(day, startTime, zone);
        var endsAt = Instant(endDay, endTime, zone);
        var capacity = ReadNumber(
            Capacity,
            "capacity",
            "Indiquez un nombre de places, ou laissez vide pour ne pas limiter.",
            errors
        );
        var latitude = ReadDecimal(Latitude, "location.latitude", errors);
        var longitude = ReadDecimal(Longitude, "location.longitude", errors);
        var body = new WorkshopBody(
            FormValue.Of(Title),
            FormValue.Of(Description) ?? "",
            FormValue.Of(Category),
            Checkboxes.Ticked(Audiences),
            Checkboxes.Ticked(CoOrganisers),
            startsAt,
            endsAt,
            FormValue.Of(TimeZone) ?? Paris,
            new LocationBody(
                FormValue.Of(PlaceName),
                FormValue.Of(Street),
                FormValue.Of(PostalCode),
                FormValue.Of(Commune),
                latitude,
                longitude,
                Online,
                FormValue.Of(Url)
            ),
            capacity,
            Registration != "non",
            Checkboxes.Ticked(Accessibility).ToDictionary(code => code, _ => true),
            asSeries ? Recurrence(errors) : null
        );
        return new WorkshopRequest(body, errors);
    }

    private RecurrenceBody? Recurrence(List<(string Field, string Message)> errors)
    {
        if (Repeat is not ("daily" or "weekly"))
        {
            return null;
        }

        var interval = ReadNumber(
            Interval,
            "recurrence.interval",
            "Indiquez un nombre, par exemple 2 pour une semaine sur deux.",
            errors
        );
        var count =
            SeriesEnd == "until"
                ? null
                : ReadNumber(Count, "recurrence.count", "Indiquez un nombre de séances, par exemple 10.", errors);
        var until =
            SeriesEnd == "until"
                ? ReadDate(Until, "recurrence.until", "Indiquez la date de la dernière séance.", errors)
                : null;
        if (SeriesEnd != "until" && FormValue.Of(Count) is null)
        {
            errors.Add(("recurrence.count", "Indiquez le nombre de séances."));
        }

        var weekdays = Repeat == "weekly" && Checkboxes.Ticked(Weekdays) is { Count: > 0 } days ? days : null;
        return new RecurrenceBody(
            Repeat,
            weekdays,
            interval,
            until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            count
        );
    }

    private static DateOnly? ReadDate(
        string? text,
        string field,
        string missing,
        List<(string Field, string Message)> errors
    )
    {
        if (FormValue.Of(text) is not { } value)
        {
            if (missing.Length > 0)
            {
                errors.Add((field, missing));
            }

            return null;
        }

        if (
            DateOnly.TryParseExact(
                value,
                ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date
            )
        )
        {
            return date;
        }

        errors.Add((field, "Une date s'écrit jj/mm/aaaa, par exemple 09/12/2025."));
        return null;
    }

    private static TimeOnly? ReadTime(
        string? text,
        string field,
        string missing,
        List<(string Field, string Message)> errors
    )
    {
        if (FormValue.Of(text) is not { } value)
        {
            errors.Add((field, missing));
            return null;
        }

        if (
            TimeOnly.TryParseExact(
                value.Replace(" ", "", StringComparison.Ordinal),
                ["HH:mm", "H:mm", "H'h'mm", "H'h'"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var time
            )
        )
        {
            return time;
        }

        errors.Add((field, "Une heure s'écrit hh:mm, par exemple 14:30."));
        return null;
    }

    private static int? ReadNumber(
        string? text,
        string field,
        string message,
        List<(string Field, string Message)> errors
    )
    {
        if (FormValue.Of(text) is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add((field, message));
        return null;
    }

    private static double? ReadDecimal(string? text, string field, List<(string Field, string Message)> errors)
    {
        if (FormValue.Of(text) is not { } value)
        {
            return null;
        }

        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add((field, "Un nombre décimal, par exemple 43,7 ; laissez vide si vous ne le savez pas."));
        return null;
    }

    private static DateTimeOffset? Instant(DateOnly? day, TimeOnly? time, TimeZoneInfo? zone)
    {
        if (day is not { } date || time is not { } hour || zone is null)
        {
            return null;
        }

        var local = date.ToDateTime(hour);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string? Decimal(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);
}

/// <summary>The body of a creation or an edit, and what the portal could not read of the form.</summary>
public sealed record WorkshopRequest(WorkshopBody Body, IReadOnlyList<(string Field, string Message)> Errors)
{
    /// <summary>
    /// What to send: the body, or, when the portal could not read a field, the body without its start, which the API
    /// refuses whatever the rest holds, so that it names every other mistake at once and creates or changes nothing.
    /// </summary>
    public WorkshopBody ToSend => Errors.Count == 0 ? Body : Body with { StartsAt = null };

    public bool TimeDiffersFrom(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return Body.StartsAt != workshop.StartsAt || Body.EndsAt != workshop.EndsAt;
    }
}

// The API's request as the portal sends it: every field of the contract, null when left blank.
public sealed record WorkshopBody(
    string? Title,
    string Description,
    string? Category,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<Guid> CoOrganiserIds,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string TimeZone,
    LocationBody Location,
    int? Capacity,
    bool RegistrationRequired,
    IReadOnlyDictionary<string, bool> Accessibility,
    RecurrenceBody? Recurrence
);

public sealed record LocationBody(
    string? Name,
    string? Street,
    string? PostalCode,
    string? Commune,
    double? Latitude,
    double? Longitude,
    bool Online,
    string? Url
);

public sealed record RecurrenceBody(
    string Frequency,
    IReadOnlyList<string>? Weekdays,
    int? Interval,
    string? Until,
    int? Count
);
