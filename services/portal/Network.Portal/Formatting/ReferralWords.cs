using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// A referral's codes as staff say them. The API serves the needs' labels (<c>GET /api/referrals/needs</c>); it has
/// none for statuses, decline reasons, consent methods, urgency or the history's reasons, which are worded here, once.
/// </summary>
public static class ReferralWords
{
    /// <summary>Each status: its code, the word of the page's address (<c>statut=</c>), how a person says it, and the
    /// tone of its badge.</summary>
    public static readonly IReadOnlyList<ReferralState> States =
    [
        new("sent", "en-attente", "En attente de réponse", BadgeTone.Few),
        new("accepted", "acceptees", "Acceptée", BadgeTone.Open),
        new("declined", "refusees", "Refusée", BadgeTone.Cancelled),
        new("completed", "terminees", "Terminée", BadgeTone.Neutral),
        new("no-show", "absences", "La personne n'est pas venue", BadgeTone.Cancelled),
        new("cancelled", "annulees", "Annulée", BadgeTone.Cancelled),
        new("expired", "expirees", "Expirée sans réponse", BadgeTone.Neutral),
    ];

    /// <summary>The reasons of a refusal, in the order of the contract.</summary>
    public static readonly IReadOnlyList<CodeLabel> DeclineReasons =
    [
        new("hors-perimetre", "Ce n'est pas dans nos missions"),
        new("pas-de-place", "Nous n'avons pas de place pour l'instant"),
        new("personne-injoignable", "Nous n'arrivons pas à joindre la personne"),
        new("deja-accompagnee", "La personne est déjà accompagnée"),
        new("demande-incomplete", "La demande est incomplète"),
        new("autre", "Autre raison"),
    ];

    public static readonly IReadOnlyList<CodeLabel> ConsentMethods =
    [
        new("oral", "À l'oral"),
        new("written", "Par écrit, sur papier signé"),
        new("digital", "Par écrit, par e-mail ou SMS"),
    ];

    public static readonly IReadOnlyList<CodeLabel> Urgencies =
    [
        new("normal", "Normale"),
        new("urgent", "Urgente : la personne a besoin d'aide dans les prochains jours"),
    ];

    /// <summary>"Urgente" or "Normale", in a list of details or a badge.</summary>
    public static string UrgencyOf(string urgency) => urgency == "urgent" ? "Urgente" : "Normale";

    public static ReferralState StateOf(string status) =>
        States.FirstOrDefault(state => state.Code == status) ?? new(status, status, status, BadgeTone.Neutral);

    /// <summary>The status a page's <c>statut=</c> names; null for all of them or a word it does not know.</summary>
    public static ReferralState? StateOfSlug(string? slug) => States.FirstOrDefault(state => state.Slug == slug);

    public static string DeclineReason(string? code) => Label(DeclineReasons, code);

    public static string ConsentMethod(string code) => Label(ConsentMethods, code);

    /// <summary>What a step of the history did, in a sentence without its author: "Acceptée",
    /// "Refusée. Motif : La personne est déjà accompagnée".</summary>
    public static string Step(ReferralHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (entry.From is null ? null : entry.To, entry.Reason) switch
        {
            (null, _) => "Orientation envoyée",
            (_, "event-registered" or "event-waitlisted" or "event-refused") => EventRegistration(
                entry.Reason["event-".Length..]
            ),
            (_, "event-absent") => "La personne n'est pas venue à l'atelier",
            (_, "erased-request") => "Données personnelles effacées, à la demande de la personne",
            (_, "erased-consent-withdrawn") => "Données personnelles effacées : la personne a retiré son accord",
            (_, "erased-retention") => "Données personnelles effacées : la durée de conservation est passée",
            ("cancelled", "consent-withdrawn") => "Annulée : la personne a retiré son accord",
            ("cancelled", "erased") => "Annulée : les données personnelles ont été effacées",
            ("cancelled", "inactive") => "Annulée : rien ne s'est passé depuis trop longtemps",
            ("expired", _) => "Expirée : la structure n'a pas répondu à temps",
            ("completed", _) when entry.ByUserName == SystemUser => "Terminée : la personne est venue à l'atelier",
            ("declined", var reason) => $"Refusée. Motif : {DeclineReason(reason)}",
            (var status, _) => StateOf(status).Label,
        };
    }

    /// <summary>What the events service answered for the seat a referral holds: <c>registered</c>,
    /// <c>waitlisted</c> or <c>refused</c>.</summary>
    public static string EventRegistration(string answer) =>
        answer switch
        {
            "registered" => "La personne est inscrite à l'atelier",
            "waitlisted" => "La personne est sur la liste d'attente de l'atelier",
            _ => "L'atelier n'a pas pu inscrire la personne (complet, annulé ou déjà commencé)",
        };

    /// <summary>Who took a step: a user of a structure, or nobody for what the platform did itself.</summary>
    public static string? Author(ReferralHistoryEntry entry, string? partnerName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ByUserName is null or SystemUser ? null
            : partnerName is null ? entry.ByUserName
            : $"{entry.ByUserName} ({partnerName})";
    }

    private const string SystemUser = "system";

    private static string Label(IReadOnlyList<CodeLabel> vocabulary, string? code) =>
        code is null ? "" : Taxonomy.LabelOf(vocabulary, code);
}

/// <summary>A status of a referral, as the API names it, as the page's address names it, and as a person says
/// it.</summary>
public sealed record ReferralState(string Code, string Slug, string Label, BadgeTone Tone);
