namespace Network.Events.Domain;

public enum EventStatus
{
    Draft,
    Published,
    Cancelled,
    Completed,
}

public enum EventCategory
{
    CafeIa,
    AtelierNumerique,
    AccesAuxDroits,
    Parentalite,
    Seniors,
    Jeunesse,
    RadioPodcast,
    AideAuxDevoirs,
    Autre,
}

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
