using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// The e-mail the coordinator sends a structure whose profile has not changed for long, as a <c>mailto:</c> link: the
/// person's own mail software opens it ready to send, the subject and the body in French, each percent-encoded as
/// RFC 6068 asks (UTF-8, line breaks as CRLF).
/// </summary>
public static class ProfileReminder
{
    /// <summary>The link; null when the structure gave no e-mail address.</summary>
    /// <param name="portal">The portal's address, which the e-mail names for the structure to sign in.</param>
    public static string? Mailto(Structure structure, Uri portal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(structure);
        if (structure.Contact.Email is not { Length: > 0 } email)
        {
            return null;
        }

        var updated = French.Date(French.Today(structure.UpdatedAt), French.Today(now).Year);
        string[] body =
        [
            "Bonjour,",
            "",
            $"La fiche de {structure.Name} dans l'annuaire du réseau de l'inclusion numérique n'a pas été mise à jour "
                + $"depuis le {updated}.",
            "Pouvez-vous vérifier qu'elle est toujours juste : horaires, services proposés, publics accueillis, "
                + "adresse et contact ?",
            "",
            "Pour la corriger, connectez-vous au portail du réseau puis ouvrez « Ma structure » : "
                + new Uri(portal, "/espace/structure"),
            "Si rien n'a changé, enregistrez-la telle quelle : nous saurons qu'elle est à jour.",
            "",
            "Merci, et à bientôt,",
            "La coordination du réseau",
        ];
        return $"mailto:{Uri.EscapeDataString(email).Replace("%40", "@", StringComparison.Ordinal)}"
            + $"?subject={Uri.EscapeDataString($"Votre fiche dans l'annuaire du réseau : {structure.Name}")}"
            + $"&body={Uri.EscapeDataString(string.Join("\r\n", body))}";
    }
}
