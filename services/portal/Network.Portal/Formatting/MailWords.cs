using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>An e-mail the platform sends to structures, as staff recognise it (its subject), and the page of what it
/// was about.</summary>
public static class MailWords
{
    private static readonly Dictionary<string, (string Subject, string? Page)> Kinds = new()
    {
        ["partner-approved"] = ("Bienvenue dans le réseau", null),
        ["partner-suspended"] = ("Structure suspendue", null),
        ["referral-received"] = ("Nouvelle orientation", "/espace/orientations/"),
        ["referral-reminder"] = ("Orientation en attente de réponse", "/espace/orientations/"),
        ["referral-expiring"] = ("Orientation bientôt expirée", "/espace/orientations/"),
        ["referral-answered"] = ("Orientation acceptée ou refusée", "/espace/orientations/"),
        ["loan-requested"] = ("Demande de prêt", "/espace/materiel/prets/"),
        ["loan-approved"] = ("Prêt approuvé", "/espace/materiel/prets/"),
        ["loan-rejected"] = ("Prêt refusé", "/espace/materiel/prets/"),
        ["loan-overdue"] = ("Prêt en retard", "/espace/materiel/prets/"),
        ["loan-item-damaged"] = ("Objet en réparation", "/espace/materiel/prets/"),
    };

    /// <summary>The e-mail's subject as staff would have read it.</summary>
    public static string SubjectOf(UndeliveredMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return Kinds.TryGetValue(mail.Kind, out var kind) ? kind.Subject : "Message de la plateforme";
    }

    /// <summary>The page of the referral or the loan the e-mail was about; null for one about the structure.</summary>
    public static string? PageOf(UndeliveredMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return Kinds.TryGetValue(mail.Kind, out var kind) && kind.Page is { } page ? page + mail.SubjectId : null;
    }
}
