namespace Network.Referrals.Domain;

/// <summary>The needs a resident is referred for, with the labels partner staff read.</summary>
public static class Needs
{
    public static readonly IReadOnlyList<Need> All =
    [
        new("demarches-caf", "Démarches CAF (allocations, prime d'activité)"),
        new("demarches-impots", "Démarches impôts (déclaration, espace particulier)"),
        new("ants", "Titres sécurisés ANTS (carte d'identité, passeport, permis, carte grise)"),
        new("retraite", "Retraite (demande, relevé de carrière)"),
        new("sante", "Santé (compte Ameli, complémentaire santé solidaire)"),
        new("emploi", "Emploi (France Travail, candidatures en ligne)"),
        new("logement", "Logement (demande de logement social, aides au logement)"),
        new("initiation-numerique", "Initiation au numérique (ordinateur, internet)"),
        new("smartphone", "Prise en main du smartphone"),
        new("messagerie", "Messagerie électronique (créer et utiliser une adresse e-mail)"),
        new("parentalite-numerique", "Parentalité numérique (ENT, usages des enfants)"),
        new("equipement", "Accès à un équipement (ordinateur, connexion)"),
        new("autre", "Autre besoin"),
    ];

    private static readonly HashSet<string> Codes = [.. All.Select(need => need.Code)];

    public static bool IsKnown(string code) => Codes.Contains(code);
}

/// <summary>A need a resident can be referred for.</summary>
/// <param name="Code">The need's code, as `needs` of a referral takes it.</param>
/// <param name="Label">The need's French label.</param>
public sealed record Need(string Code, string Label);
