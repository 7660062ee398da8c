using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>A key figure: its name, its value as the page writes it, and the sentence that says what it
/// counts.</summary>
public sealed record Figure(string Label, string Value, string Definition, bool Withheld = false);

/// <summary>Key figures about one subject (workshops, referrals…), under one heading.</summary>
public sealed record FigureGroup(string Heading, IReadOnlyList<Figure> Figures);

/// <summary>
/// The overview of the activity service as key figures, each with its definition in plain French (the activity
/// service's definitions, README "Services" → Activity).
/// </summary>
public static class OverviewFigures
{
    /// <param name="network">The network's or a commune's figures (with the structures' counts), rather than one
    /// structure's own.</param>
    public static IReadOnlyList<FigureGroup> Of(ActivityOverview overview, bool network)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var groups = new List<FigureGroup>();
        if (network)
        {
            groups.Add(Structures(overview.Partners));
        }

        groups.Add(Workshops(overview.Events));
        groups.Add(Referrals(overview.Referrals));
        groups.Add(Equipment(overview.Equipment));
        return groups;
    }

    private static FigureGroup Structures(PartnerCounts partners) =>
        new(
            "Structures",
            [
                new(
                    "Structures actives",
                    French.Number(partners.Active),
                    "Les structures membres du réseau aujourd'hui, quelle que soit la période."
                ),
                new(
                    "Demandes d'adhésion en attente",
                    French.Number(partners.Pending),
                    "Les structures qui ont demandé à rejoindre le réseau et attendent aujourd'hui votre validation."
                ),
            ]
        );

    private static FigureGroup Workshops(EventFigures events) =>
        new(
            "Ateliers",
            [
                new(
                    "Ateliers publiés",
                    French.Number(events.Published),
                    "Les ateliers publiés qui ont lieu pendant la période ; les brouillons ne comptent pas."
                ),
                new(
                    "Ateliers annulés",
                    French.Number(events.Cancelled),
                    "Les ateliers publiés puis annulés qui devaient avoir lieu pendant la période."
                ),
                Count(
                    "Inscriptions",
                    events.Registrations,
                    "Les places réservées et confirmées, liste d'attente comprise une fois la place obtenue, aux "
                        + "ateliers maintenus ; une inscription annulée ne compte pas."
                ),
                Count(
                    "Présences",
                    events.Attendance,
                    "Les personnes venues, inscrites ou non, d'après la dernière feuille d'émargement de chaque "
                        + "atelier."
                ),
                Count(
                    "Absences aux ateliers",
                    events.NoShows,
                    "Les places réservées dont la personne a été notée absente à l'émargement."
                ),
                new(
                    "Taux de remplissage",
                    FigureText.Rate(
                        events.FillRate,
                        events.Suppressed,
                        "sans objet : aucun atelier à places limitées sur la période"
                    ),
                    "Les places confirmées divisées par les places offertes, sur les ateliers maintenus dont le "
                        + "nombre de places est limité."
                ),
                new(
                    "Taux d'absence",
                    FigureText.Rate(
                        events.NoShowRate,
                        events.Suppressed,
                        "sans objet : aucun émargement fait sur la période"
                    ),
                    "Les places notées absentes divisées par les places réservées, sur les ateliers dont "
                        + "l'émargement a été fait."
                ),
            ]
        );

    private static FigureGroup Referrals(ReferralFigures referrals) =>
        new(
            "Orientations",
            [
                Count(
                    "Orientations envoyées",
                    referrals.Sent,
                    "Les orientations envoyées pendant la période ; chacune compte ensuite dans chaque étape qu'elle "
                        + "a atteinte."
                ),
                Count(
                    "Acceptées",
                    referrals.Accepted,
                    "Les orientations acceptées par la structure qui les reçoit, même si elles ont ensuite été "
                        + "terminées ou annulées, ou si la personne n'est pas venue."
                ),
                Count("Refusées", referrals.Declined, "Les orientations refusées par la structure qui les reçoit."),
                Count(
                    "Terminées",
                    referrals.Completed,
                    "Les orientations dont l'accompagnement a eu lieu et a été noté comme terminé."
                ),
                Count(
                    "Personne absente",
                    referrals.NoShows,
                    "Les orientations acceptées où la personne n'est pas venue au rendez-vous."
                ),
                Count("Expirées", referrals.Expired, "Les orientations restées sans réponse dans le délai prévu."),
                Count(
                    "Annulées",
                    referrals.Cancelled,
                    "Les orientations retirées par la structure qui oriente, ou parce que la personne a retiré son "
                        + "accord."
                ),
                Count(
                    "En attente de réponse",
                    referrals.Open,
                    "Les orientations envoyées pendant la période qui attendent encore une réponse."
                ),
                new(
                    "Taux d'acceptation",
                    FigureText.Rate(
                        referrals.AcceptanceRate,
                        referrals.Suppressed,
                        "sans objet : aucune orientation acceptée, refusée ou expirée sur la période"
                    ),
                    "Les orientations acceptées divisées par celles dont le délai de réponse est passé : acceptées, "
                        + "refusées ou expirées."
                ),
                new(
                    "Délai médian de réponse",
                    FigureText.Hours(
                        referrals.MedianHoursToAnswer,
                        referrals.Suppressed,
                        "sans objet : aucune orientation acceptée ou refusée sur la période"
                    ),
                    "La moitié des orientations acceptées ou refusées ont eu leur réponse en moins de temps que cela, "
                        + "l'autre moitié en plus."
                ),
            ]
        );

    private static FigureGroup Equipment(EquipmentFigures equipment) =>
        new(
            "Matériel partagé",
            [
                new(
                    "Prêts",
                    French.Number(equipment.Loans),
                    "Les prêts de matériel remis à la structure qui emprunte, dont la réservation commence pendant la "
                        + "période."
                ),
                new(
                    "Jours de prêt",
                    French.Number(equipment.LoanDays),
                    "Les jours commencés entre la remise et le retour du matériel, sur les prêts rendus."
                ),
                new(
                    "Taux d'utilisation",
                    FigureText.Rate(equipment.UtilisationRate, false, "sans objet : aucun matériel dans le parc"),
                    "Les jours de prêt divisés par le nombre de jours de la période multiplié par le nombre d'objets "
                        + "du parc aujourd'hui."
                ),
                new(
                    "Prêts en retard",
                    French.Number(equipment.Overdue),
                    "Les prêts dont la date de retour est passée et qui ne sont pas encore rendus."
                ),
            ]
        );

    private static Figure Count(string label, int? value, string definition) =>
        new(label, FigureText.Count(value), definition, value is null);
}
