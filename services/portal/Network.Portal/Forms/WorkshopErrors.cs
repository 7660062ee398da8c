namespace Network.Portal.Forms;

/// <summary>The errors of the workshop's form: the API's field paths, the ids of the fields that show them, and their
/// words.</summary>
public static class WorkshopErrors
{
    public static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        ["title"] = "titre",
        ["description"] = "description",
        ["category"] = "categorie",
        ["audiences"] = "publics",
        ["coOrganiserIds"] = "co-organisateurs",
        ["startsAt"] = "date",
        ["endsAt"] = "date",
        ["timeZone"] = "fuseau",
        ["location"] = "lieu-nom",
        ["location.name"] = "lieu-nom",
        ["location.street"] = "lieu-rue",
        ["location.postalCode"] = "lieu-code-postal",
        ["location.commune"] = "lieu-commune",
        ["location.latitude"] = "lieu-latitude",
        ["location.longitude"] = "lieu-longitude",
        ["location.url"] = "lieu-lien",
        ["capacity"] = "capacite",
        ["registrationRequired"] = "inscription",
        ["accessibility"] = "accessibilite",
        ["recurrence"] = "repetition",
        ["recurrence.frequency"] = "repetition",
        ["recurrence.weekdays"] = "jours",
        ["recurrence.interval"] = "intervalle",
        ["recurrence.until"] = "derniere-seance",
        ["recurrence.count"] = "nombre-seances",
    };

    /// <summary>The API's messages that name its codes ("daily", "until"), said as the form asks.</summary>
    public static readonly IReadOnlyDictionary<string, string> Wording = new Dictionary<string, string>
    {
        ["recurrence"] = "Indiquez jusqu'à quand l'atelier se répète : le nombre de séances ou la date de la dernière.",
        ["recurrence.frequency"] = "Choisissez si l'atelier se répète chaque jour ou chaque semaine.",
        ["recurrence.weekdays"] = "Cochez au moins un jour de la semaine.",
        ["timeZone"] = "Choisissez le fuseau horaire de l'atelier.",
    };

    /// <summary>The errors of a form: what the portal could not read of it, else the API's answer.</summary>
    public static FormErrors Of(Api.ApiProblem? problem, IReadOnlyList<(string Field, string Message)> unread)
    {
        ArgumentNullException.ThrowIfNull(unread);
        return new FormErrors(unread.Count > 0 ? Api.ApiProblem.Invalid(unread) : problem, Ids, Wording);
    }
}
