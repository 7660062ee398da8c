namespace Network.Resilience.Tests.Access;

/// <summary>Valid bodies for every route of the matrix: what a cell gets is decided by who sends it, never by
/// what.</summary>
public static class Bodies
{
    /// <summary>The body a cell sends on a route, or null for none.</summary>
    public static object? For(AccessRow row, object profileOfA)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row.Method, row.Route) switch
        {
            ("POST", "/api/partners") => Partner(),
            ("PUT", "/api/partners/{id}") => profileOfA,
            ("POST", "/api/partners/{id}/suspend" or "/api/partners/{id}/archive") => new
            {
                reason = "Fin de la convention.",
            },
            ("POST", "/api/partners/{id}/members") => new
            {
                email = "mediation@moulins.example.org",
                firstName = "Julien",
                lastName = "Roux",
                role = "partner-staff",
            },
            ("PUT", "/api/partners/{id}/members/{userId}") => new { role = "partner-admin" },
            ("POST", "/api/events") => Event(),
            ("PUT", "/api/events/{id}") => Event(),
            ("POST", "/api/events/{id}/cancel" or "/api/events/series/{seriesId}/cancel") => new
            {
                reason = "Salle indisponible.",
            },
            ("POST", "/api/events/{id}/registrations") => new { firstName = "Louis" },
            ("POST", "/api/events/{id}/attendance") => new { present = Array.Empty<Guid>(), walkIns = 1 },
            ("POST", "/api/referrals") => Referral(Targets.Receiver),
            ("POST", "/api/referrals/{id}/decline") => new { reason = "pas-de-place" },
            ("POST", "/api/referrals/{id}/complete") => new { outcome = "Démarche faite ensemble." },
            ("POST", "/api/referrals/{id}/cancel") => new { reason = "La personne a trouvé une autre solution." },
            ("POST", "/api/referrals/{id}/comments") => new { text = "Je la rappelle demain." },
            ("POST", "/api/equipment") => Item(shareable: true),
            ("PUT", "/api/equipment/{id}") => Item(shareable: true),
            ("POST", "/api/equipment/{id}/reservations") => Reservation(),
            ("POST", "/api/equipment/reservations/{id}/reject") => new { reason = "Déjà prêté ce jour-là." },
            ("POST", "/api/equipment/reservations/{id}/return") => new { condition = "good" },
            ("POST", "/api/equipment/reservations/{id}/extend") => new { to = ReservationStart.AddHours(8) },
            ("POST", _) => new { },
            _ => null,
        };
    }

    /// <summary>The query a cell adds to a route that needs one.</summary>
    public static string QueryFor(AccessRow row, TargetRecord record)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(record);
        return row.Target == Target.RegistrationWithItsToken
            ? $"?token={Uri.EscapeDataString(record.Token!)}"
            : row.Route switch
            {
                "/api/partners/export" => "?format=csv",
                "/api/activity/timeseries" => "?granularity=month",
                _ => "",
            };
    }

    public static Dictionary<string, object?> Partner() =>
        new()
        {
            ["name"] = "Espace de vie sociale du Paillon",
            ["kind"] = "centre-social",
            ["description"] = "Ateliers numériques et aide aux démarches en ligne.",
            ["address"] = new
            {
                street = "2 place de la Mairie",
                postalCode = "06340",
                commune = "Drap",
                inseeCode = "06054",
                latitude = 43.7547,
                longitude = 7.3219,
            },
            ["contact"] = new { email = "accueil@paillon.example.org" },
            ["services"] = new[] { "aide-aux-demarches-administratives" },
            ["publics"] = new[] { "seniors" },
            ["labels"] = Array.Empty<string>(),
            ["openingHours"] = "Mo-Fr 09:00-12:00",
            ["accessibility"] = new { wheelchair = true },
        };

    public static object Event(object? recurrence = null) =>
        new
        {
            title = "Café IA : l'intelligence artificielle au quotidien",
            category = "cafe-ia",
            startsAt = DateTimeOffset.UtcNow.AddDays(2),
            endsAt = DateTimeOffset.UtcNow.AddDays(2).AddHours(2),
            location = new
            {
                name = "Centre social Les Moulins",
                postalCode = "06200",
                commune = "Nice",
            },
            capacity = 20,
            recurrence,
        };

    public static object Referral(Guid to) =>
        new
        {
            toPartnerId = to,
            resident = new
            {
                firstName = "Fatima",
                lastName = "Benali",
                phone = "06 12 34 56 78",
                commune = "Nice",
            },
            needs = new[] { "demarches-caf" },
            urgency = "normal",
            consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow.AddMinutes(-5) },
        };

    public static object Item(bool shareable) =>
        new
        {
            name = "Ordinateur portable reconditionné",
            category = "laptop",
            shareable,
            loanRules = new
            {
                maxDays = 7,
                bufferHours = 0,
                requiresApproval = true,
            },
        };

    /// <summary>Every reservation of the matrix is on an item of its own, so all may take the same window.</summary>
    private static DateTimeOffset ReservationStart { get; } = DateTimeOffset.UtcNow.AddHours(2);

    public static object Reservation() =>
        new
        {
            from = ReservationStart,
            to = ReservationStart.AddHours(4),
            purpose = "Atelier numérique du mardi",
        };
}
