using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>The words of a structure's team: its two roles, said as the people who hold them would.</summary>
public static class TeamWords
{
    public const string Staff = "partner-staff";
    public const string Admin = "partner-admin";

    public static readonly IReadOnlyList<CodeLabel> Roles =
    [
        new(Staff, "Membre de l'équipe : ateliers, orientations, matériel"),
        new(Admin, "Gestionnaire : en plus, la fiche de la structure et son équipe"),
    ];

    public static string Role(string role) => role == Admin ? "Gestionnaire" : "Membre de l'équipe";
}
