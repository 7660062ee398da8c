using System.Globalization;
using System.Text;
using Network.Activity.Queries;
using Network.ServiceDefaults.Text;

namespace Network.Activity.Api;

/// <summary>The per-partner table as French spreadsheet software opens it: UTF-8 with BOM, <c>;</c>, decimal
/// comma.</summary>
internal static class PartnerTableCsv
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] Headers =
    [
        "Identifiant",
        "Partenaire",
        "Commune",
        "Statut",
        "Événements publiés",
        "Événements annulés",
        "Places réservées",
        "Présents",
        "Absents",
        "Taux de remplissage",
        "Taux d'absence",
        "Orientations envoyées",
        "Orientations reçues",
        "Orientations acceptées",
        "Orientations refusées",
        "Orientations terminées",
        "Orientations sans venue",
        "Orientations expirées",
        "Orientations en attente",
        "Taux d'acceptation",
        "Délai médian de réponse (heures)",
        "Prêts de matériel consentis",
        "Emprunts de matériel",
        "Jours de prêt",
        "Taux d'utilisation du matériel",
        "Prêts en retard",
    ];

    public static string FileName(ActivityFilter filter)
    {
        var from = filter.From is { } start ? $"-du-{Day(start)}" : "";
        var to = filter.To is { } end ? $"-au-{Day(end.AddTicks(-1))}" : "";
        return $"activite-partenaires{from}{to}.csv";
    }

    public static byte[] Write(IEnumerable<PartnerRow> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(';', Headers)).Append("\r\n");
        foreach (var row in rows)
        {
            var received = row.ReferralsReceived;
            object?[] cells =
            [
                row.PartnerId,
                row.Name,
                row.Commune,
                Status(row.Status),
                row.Events.Published,
                row.Events.Cancelled,
                row.Events.Registrations,
                row.Events.Attendance,
                row.Events.NoShows,
                row.Events.FillRate,
                row.Events.NoShowRate,
                row.ReferralsSent,
                received.Sent,
                received.Accepted,
                received.Declined,
                received.Completed,
                received.NoShows,
                received.Expired,
                received.Open,
                received.AcceptanceRate,
                received.MedianHoursToAnswer,
                row.Equipment.Lent,
                row.Equipment.Borrowed,
                row.Equipment.LoanDays,
                row.Equipment.UtilisationRate,
                row.Equipment.Overdue,
            ];
            csv.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Status(string status) =>
        status switch
        {
            "active" => "actif",
            "pending" => "en attente",
            "suspended" => "suspendu",
            "archived" => "archivé",
            _ => status,
        };

    private static string Day(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, ParisCalendar.Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(object? value) =>
        value switch
        {
            null => "",
            double number => number.ToString("0.####", French),
            int number => number.ToString(CultureInfo.InvariantCulture),
            string text => CsvCell.Text(text, ';'),
            _ => CsvCell.Text(Convert.ToString(value, CultureInfo.InvariantCulture), ';'),
        };
}
