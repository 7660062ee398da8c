namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// The text fields of each request schema, by the rule they follow (the shared rule of every service): a one-line
/// field (a name, a title, a commune, a reason, a code) refuses any control character, a line break first; a free text
/// (a description, a note) keeps line breaks and refuses every other control character. Each field comes with a value
/// the contract accepts, so that a control character added to it is the one thing wrong with the request.
/// </summary>
public static class TextFields
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> SingleLine = new Dictionary<
        string,
        IReadOnlyDictionary<string, string>
    >(StringComparer.Ordinal)
    {
        ["PartnerProfileRequest"] = new Dictionary<string, string>
        {
            ["name"] = "Espace numérique des Collines",
            ["siret"] = "73282932000074",
            ["openingHours"] = "Mo-Fr 09:00-12:00",
            ["address.street"] = "2 rue des Écoles",
            ["address.postalCode"] = "06000",
            ["address.commune"] = "Nice",
            ["address.inseeCode"] = "06088",
            ["contact.email"] = "accueil@collines.example.org",
            ["contact.phone"] = "04 93 00 11 00",
            ["contact.website"] = "https://collines.example.org",
        },
        ["ReasonRequest"] = new Dictionary<string, string> { ["reason"] = "Motif de test." },
        ["EventRequest"] = new Dictionary<string, string>
        {
            ["title"] = "Café IA",
            ["timeZone"] = "Europe/Paris",
            ["location.name"] = "Salle polyvalente",
            ["location.street"] = "1 place Garibaldi",
            ["location.postalCode"] = "06000",
            ["location.commune"] = "Nice",
            ["location.url"] = "https://example.org/cafe-ia",
        },
        ["CancelEventRequest"] = new Dictionary<string, string> { ["reason"] = "Motif de test." },
        ["RegistrationBody"] = new Dictionary<string, string>
        {
            ["firstName"] = "Lina",
            ["lastName"] = "Martin",
            ["email"] = "lina@example.org",
            ["phone"] = "06 11 22 33 44",
        },
        ["ReferralRequest"] = new Dictionary<string, string>
        {
            ["resident.firstName"] = "Malik",
            ["resident.lastName"] = "Benali",
            ["resident.commune"] = "Grasse",
            ["resident.email"] = "malik@example.org",
            ["resident.phone"] = "06 11 22 33 44",
        },
        ["CancelRequest"] = new Dictionary<string, string> { ["reason"] = "Motif de test." },
        ["ItemRequest"] = new Dictionary<string, string>
        {
            ["name"] = "Ordinateur portable 14 pouces",
            ["assetTag"] = "PC-01",
            ["serialNumber"] = "SN-0001",
        },
        ["ReservationRequest"] = new Dictionary<string, string> { ["purpose"] = "Atelier numérique" },
        ["RejectRequest"] = new Dictionary<string, string> { ["reason"] = "Motif de test." },
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> MultiLine = new Dictionary<
        string,
        IReadOnlyDictionary<string, string>
    >(StringComparer.Ordinal)
    {
        ["PartnerProfileRequest"] = new Dictionary<string, string>
        {
            ["description"] = "Accompagnement.\nDémarches en ligne.",
            ["accessibility.notes"] = "Rampe d'accès.",
        },
        ["EventRequest"] = new Dictionary<string, string> { ["description"] = "Un débat.\nSans prérequis." },
        ["ReferralRequest"] = new Dictionary<string, string> { ["note"] = "À rappeler.\nAprès 14 h." },
        ["AcceptRequest"] = new Dictionary<string, string> { ["note"] = "Rendez-vous au guichet." },
        ["DeclineRequest"] = new Dictionary<string, string> { ["message"] = "Pas de créneau." },
        ["CompleteRequest"] = new Dictionary<string, string> { ["outcome"] = "Démarche faite." },
        ["CommentRequest"] = new Dictionary<string, string> { ["text"] = "Merci pour l'orientation." },
        ["ItemRequest"] = new Dictionary<string, string> { ["description"] = "Portable 14 pouces.\nAvec chargeur." },
        ["ReturnRequest"] = new Dictionary<string, string> { ["notes"] = "RAS." },
    };

    /// <summary>The values that break <paramref name="field"/> of <paramref name="schema"/> by a control character
    /// alone.</summary>
    public static IEnumerable<(string What, string Value)> Breaking(string? schema, string field)
    {
        if (
            schema is not null
            && SingleLine.TryGetValue(schema, out var lines)
            && lines.TryGetValue(field, out var line)
        )
        {
            return
            [
                ("line feed at the end of a one-line field", line + "\n"),
                ("line break in a one-line field", line + "\r\nUID:un-autre"),
                ("tab in a one-line field", "\t" + line),
                ("NUL in a one-line field", line + "\u0000"),
            ];
        }

        return
            schema is not null && MultiLine.TryGetValue(schema, out var texts) && texts.TryGetValue(field, out var text)
            ? [("bell in a free text", text + "\u0007"), ("escape in a free text", "\u001b[31m" + text)]
            : [];
    }
}
