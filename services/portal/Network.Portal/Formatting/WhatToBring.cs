namespace Network.Portal.Formatting;

/// <summary>What a resident brings to the structure a referral sends them to: what every visit needs, then what each
/// of their needs asks for (the API's need codes; a need not listed here asks for nothing more).</summary>
public static class WhatToBring
{
    private static readonly IReadOnlyList<string> Always =
    [
        "Cette fiche",
        "Une pièce d'identité",
        "Votre téléphone portable, si vous en avez un",
        "Vos identifiants (adresse e-mail, mots de passe), si vous en avez",
    ];

    private static readonly IReadOnlyDictionary<string, string[]> ByNeed = new Dictionary<string, string[]>
    {
        ["demarches-caf"] = ["Votre numéro d'allocataire CAF", "Vos derniers justificatifs de ressources"],
        ["demarches-impots"] = ["Votre dernier avis d'impôt, où figure votre numéro fiscal"],
        ["ants"] = ["Une photo d'identité récente", "Un justificatif de domicile de moins de 6 mois"],
        ["retraite"] = ["Votre numéro de sécurité sociale", "Vos bulletins de salaire ou relevés de carrière"],
        ["sante"] = ["Votre carte Vitale", "Votre attestation de droits, si vous l'avez"],
        ["emploi"] = ["Votre identifiant France Travail, si vous en avez un", "Votre CV, si vous en avez un"],
        ["logement"] = ["Votre numéro de demande de logement social, si vous en avez un"],
        ["smartphone"] = ["Votre smartphone et son chargeur"],
        ["parentalite-numerique"] = ["Les identifiants de l'espace numérique de travail (ENT) de vos enfants"],
    };

    public static IReadOnlyList<string> For(IEnumerable<string> needs) =>
        [.. Always, .. needs.Distinct().SelectMany(need => ByNeed.GetValueOrDefault(need) ?? [])];
}
