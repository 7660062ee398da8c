namespace Network.Portal.Forms;

/// <summary>The errors of the workshop's form: the API's field paths, the ids of the fields that show them, and their
/// words.</summary>
public static class WorkshopErrors
{
    /// <summary>In the order of the page, which the error summary follows.</summary>
    public static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        ["title"] = "titre",
        ["description"] = "description",
        ["category"] = "categorie",
        ["audiences"] = "publics",
        ["date"] = "date",
        ["startsAt"] = "date",
        ["startTime"] = "heure-debut",
        ["endTime"] = "heure-fin",
        ["endsAt"] = "heure-fin",
        ["endDate"] = "date-fin",
        ["recurrence"] = "repetition",
        ["recurrence.frequency"] = "repetition",
        ["recurrence.weekdays"] = "jours",
        ["recurrence.interval"] = "intervalle",
        ["recurrence.count"] = "nombre-seances",
        ["recurrence.until"] = "derniere-seance",
        ["timeZone"] = "fuseau",
        ["location"] = "lieu-nom",
        ["location.name"] = "lieu-nom",
        ["location.street"] = "lieu-rue",
        ["location.postalCode"] = "lieu-code-postal",
        ["location.commune"] = "lieu-commune",
        ["location.latitude"] = "lieu-latitude",
        ["location.longitude"] = "lieu-longitude",
        ["location.url"] = "lieu-lien",
        ["registrationRequired"] = "inscription",
        ["capacity"] = "capacite",
        ["accessibility"] = "accessibilite",
        ["coOrganiserIds"] = "co-organisateurs",
    };

    /// <summary>The API's messages that name its codes ("daily", "until"), said as the form asks.</summary>
    public static readonly IReadOnlyDictionary<string, string> Wording = new Dictionary<string, string>
    {
        ["recurrence"] = "Indiquez jusqu'à quand l'atelier se répète : le nombre de séances ou la date de la dernière.",
        ["recurrence.frequency"] = "Choisissez si l'atelier se répète chaque jour ou chaque semaine.",
        ["recurrence.weekdays"] = "Cochez au moins un jour de la semaine.",
        ["timeZone"] = "Choisissez le fuseau horaire de l'atelier.",
    };

    /// <summary>
    /// The errors of a form: what the portal could not read of it, then the API's for the other fields. The API checked
    /// a
    /// body without its start then (<see cref="WorkshopRequest.ToSend"/>): what it says of the start is not about the
    /// form.
    /// </summary>
    public static FormErrors Of(Api.ApiProblem? problem, IReadOnlyList<(string Field, string Message)> unread)
    {
        ArgumentNullException.ThrowIfNull(unread);
        if (problem?.Errors is null && unread.Count == 0)
        {
            return new FormErrors(problem, Ids, Wording);
        }

        var endUnread = unread.Any(mine => mine.Field is "endDate" or "endTime");
        var answered = (problem?.Errors ?? new Dictionary<string, string[]>())
            .Where(error =>
                unread.Count == 0
                || (
                    error.Key != "startsAt"
                    && !(endUnread && error.Key == "endsAt")
                    && unread.All(mine => mine.Field != error.Key)
                )
            )
            .SelectMany(error => error.Value.Select(message => (error.Key, message)));
        var order = Ids.Keys.ToList();
        var inPageOrder = unread
            .Concat(answered)
            .OrderBy(error => order.IndexOf(error.Item1) is var index and >= 0 ? index : order.Count);
        return new FormErrors(Api.ApiProblem.Invalid(inPageOrder), Ids, Wording);
    }
}
