namespace Network.Events.Domain;

/// <summary>
/// Whom an event addresses, in the vocabulary of the national "standard de données des lieux de médiation
/// numérique" ("publics spécifiquement adressés"), the one the partners' profiles use: a resident looking for
/// senior workshops finds both the places and the events. No audience means everyone.
/// </summary>
public static class Audiences
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(
        StringComparer.Ordinal
    )
    {
        ["jeunes"] = "Jeunes",
        ["etudiants"] = "Étudiants",
        ["familles-et-ou-enfants"] = "Familles et/ou enfants",
        ["seniors"] = "Seniors",
        ["femmes"] = "Femmes",
    };
}
