namespace Network.Events.Domain;

/// <summary>What the public reads for each category, in calendars and structured data.</summary>
public static class CategoryLabels
{
    public static string Of(EventCategory category) =>
        category switch
        {
            EventCategory.CafeIa => "Café IA",
            EventCategory.AtelierNumerique => "Atelier numérique",
            EventCategory.AccesAuxDroits => "Accès aux droits",
            EventCategory.Parentalite => "Parentalité",
            EventCategory.Seniors => "Seniors",
            EventCategory.Jeunesse => "Jeunesse",
            EventCategory.RadioPodcast => "Radio et podcast",
            EventCategory.AideAuxDevoirs => "Aide aux devoirs",
            _ => "Autre",
        };
}
