using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>Where a loan stands, as the structure looking at it says it (the one that lends, or the one that borrows),
/// and what happens next.</summary>
public sealed record LoanState(string Text, BadgeTone Tone)
{
    /// <summary>The word a page's address gives each state, by the API's code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Slugs = new Dictionary<string, string>
    {
        ["requested"] = "demandes",
        ["approved"] = "reserves",
        ["checked-out"] = "en-pret",
        ["overdue"] = "en-retard",
        ["returned"] = "rendus",
        ["rejected"] = "refuses",
        ["cancelled"] = "annules",
    };

    /// <summary>The API's code of a state named by its word; null for an unknown word (every state).</summary>
    public static string? CodeOfSlug(string? slug) => Slugs.FirstOrDefault(pair => pair.Value == slug).Key;

    public static LoanState Of(string status, bool asOwner) =>
        status switch
        {
            "requested" => asOwner
                ? new("Demande à accepter ou refuser", BadgeTone.Few)
                : new("Demande en attente de réponse", BadgeTone.Few),
            "approved" => new("Réservé", BadgeTone.Open),
            "checked-out" => new("En prêt", BadgeTone.Open),
            "overdue" => new("En retard", BadgeTone.Cancelled),
            "returned" => new("Rendu", BadgeTone.Neutral),
            "rejected" => new("Refusé", BadgeTone.Cancelled),
            "cancelled" => new("Annulé", BadgeTone.Cancelled),
            _ => new(status, BadgeTone.Neutral),
        };

    public static LoanState Of(Loan loan, bool asOwner)
    {
        ArgumentNullException.ThrowIfNull(loan);
        return Of(loan.Status, asOwner);
    }

    /// <summary>What the person looking at the loan does next, or what it came to.</summary>
    /// <param name="ownerName">The name of the structure that lends the item.</param>
    public static string Next(Loan loan, bool asOwner, string ownerName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(loan);
        var borrower = loan.BorrowerName ?? "La structure qui emprunte";
        var due = French.DayAndHour(loan.To, now);
        return (loan.Status, asOwner) switch
        {
            ("requested", true) => $"{borrower} attend votre réponse. Acceptez la demande si l'objet est libre, "
                + "ou refusez-la en disant pourquoi : la structure verra votre réponse dans ses prêts.",
            ("requested", false) => $"{ownerName} doit accepter votre demande. Sa réponse s'affichera ici et dans "
                + "vos prêts.",
            ("approved", true) => $"La période est réservée pour {borrower}. Quand la structure vient chercher "
                + "l'objet, vérifiez-le avec elle et enregistrez la remise.",
            ("approved", false) =>
                $"La période est réservée pour vous. Le prêt commence {French.DayAndHour(loan.From, now)} : "
                    + $"venez chercher l'objet chez {ownerName}.",
            ("checked-out", true) => $"{borrower} doit rendre l'objet au plus tard {due}. À son retour, "
                + "enregistrez son état.",
            ("checked-out", false) => $"Rendez l'objet à {ownerName} au plus tard {due}. Besoin de plus de temps ? "
                + "Prolongez le prêt ci-dessous.",
            ("overdue", true) => $"L'objet devait revenir {due}. Contactez {borrower}, puis enregistrez le retour "
                + "quand il revient.",
            ("overdue", false) => $"L'objet devait être rendu {due}. Rendez-le au plus vite à {ownerName}, ou "
                + "appelez la structure.",
            ("returned", _) => "L'objet est revenu : ce prêt est terminé.",
            ("rejected", _) => $"La demande a été refusée : {loan.RejectionReason}",
            ("cancelled", _) => "Ce prêt est annulé : la période est de nouveau libre.",
            _ => "",
        };
    }
}
