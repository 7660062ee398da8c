namespace Network.Resilience.Tests.Access;

/// <summary>
/// Every route of the platform's contract, the record it acts on, and what each role gets, in the order of
/// <see cref="Role"/>: anonymous, staff of A, admin of A, staff of B, staff of a suspended partner, coordinator, admin
/// of an archived partner. A's records: its events, a referral it sent to B, its items and B's reservations of them.
/// The suspended partner's staff act on nothing that holds residents' data or lends equipment (403, whoever's record);
/// the archived partner's admin reaches none of it (404).
/// </summary>
public static class AccessMatrix
{
    private const int Ok = 200,
        Created = 201,
        NoContent = 204,
        Unauthorized = 401,
        Forbidden = 403,
        NotFound = 404,
        Conflict = 409;

    private const int U = Unauthorized,
        F = Forbidden,
        N = NotFound;

    public static readonly AccessRow[] Rows =
    [
        // Partners: the directory is public; the coordinator runs the lifecycle; a profile is its admin's.
        new("GET", "/api/partners", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/partners/{id}", Target.PartnerA, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/partners/{id}", Target.SuspendedPartnerC, [N, N, N, N, Ok, Ok, N]),
        new("GET", "/api/partners/{id}/history", Target.PartnerA, [U, Ok, Ok, N, N, Ok, N]),
        new("GET", "/api/partners/taxonomy", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/partners/export", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("POST", "/api/partners", Target.None, [U, F, F, F, F, Created, F]),
        new("PUT", "/api/partners/{id}", Target.PartnerA, [U, F, Ok, F, F, Ok, F]),
        new("POST", "/api/partners/{id}/approve", Target.PendingPartner, [U, F, F, F, F, Ok, F]),
        new("POST", "/api/partners/{id}/suspend", Target.ActivePartner, [U, F, F, F, F, Ok, F]),
        new("POST", "/api/partners/{id}/reactivate", Target.SuspendedPartner, [U, F, F, F, F, Ok, F]),
        new("POST", "/api/partners/{id}/archive", Target.ActivePartner, [U, F, F, F, F, Ok, F]),
        // The e-mails a service could not deliver to the acting partner: its staff's, nobody else's.
        new("GET", "/api/partners/notices/undelivered", Target.None, [U, Ok, Ok, Ok, Ok, N, Ok]),
        // Members: the partner's admins and the coordinator; the calls change nothing (A's staff invited again, A's
        // only admin kept as admin, then refused as the last one).
        new("GET", "/api/partners/{id}/members", Target.PartnerA, [U, F, Ok, N, N, Ok, N]),
        new("POST", "/api/partners/{id}/members", Target.PartnerA, [U, F, Conflict, N, N, Conflict, N]),
        new("PUT", "/api/partners/{id}/members/{userId}", Target.PartnerA, [U, F, Ok, N, N, Ok, N]),
        new("DELETE", "/api/partners/{id}/members/{userId}", Target.PartnerA, [U, F, Conflict, N, N, Conflict, N]),
        // Events: published ones are public; the organiser's users run the rest; the coordinator reads and cancels.
        new("GET", "/api/events", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/calendar.ics", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/categories", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/accessibility", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/organised", Target.None, [U, Ok, Ok, Ok, Ok, F, N]),
        new("GET", "/api/events/{id}", Target.PublishedEvent, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/{id}", Target.PublishedEventAsJsonLd, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/events/{id}", Target.DraftEvent, [N, Ok, Ok, N, N, Ok, N]),
        new("POST", "/api/events", Target.None, [U, Created, Created, Created, F, F, F]),
        new("PUT", "/api/events/{id}", Target.DraftEvent, [U, Ok, Ok, N, N, F, N]),
        new("POST", "/api/events/{id}/publish", Target.DraftEvent, [U, Ok, Ok, N, N, F, N]),
        new("POST", "/api/events/{id}/cancel", Target.PublishedEvent, [U, Ok, Ok, F, F, Ok, F]),
        new(
            "POST",
            "/api/events/{id}/registrations",
            Target.PublishedEvent,
            [Created, Created, Created, Created, Created, Created, Created]
        ),
        new(
            "DELETE",
            "/api/events/{id}/registrations/{registrationId}",
            Target.Registration,
            [U, NoContent, NoContent, F, F, F, F]
        ),
        new(
            "DELETE",
            "/api/events/{id}/registrations/{registrationId}",
            Target.RegistrationWithItsToken,
            [NoContent, NoContent, NoContent, NoContent, NoContent, NoContent, NoContent]
        ),
        new(
            "POST",
            "/api/events/{id}/registrations/{registrationId}/stop-notices",
            Target.Registration,
            [U, F, F, F, F, F, F]
        ),
        new(
            "POST",
            "/api/events/{id}/registrations/{registrationId}/stop-notices",
            Target.RegistrationWithItsToken,
            [NoContent, NoContent, NoContent, NoContent, NoContent, NoContent, NoContent]
        ),
        new("GET", "/api/events/{id}/registrations", Target.PublishedEvent, [U, Ok, Ok, N, N, F, N]),
        new(
            "POST",
            "/api/events/{id}/registrations/{registrationId}/erase",
            Target.Registration,
            [U, F, NoContent, N, F, N, N]
        ),
        new("POST", "/api/events/{id}/attendance", Target.PublishedEvent, [U, Conflict, Conflict, N, F, F, N]),
        new("GET", "/api/events/series/{seriesId}", Target.DraftSeries, [N, Ok, Ok, N, N, Ok, N]),
        new("POST", "/api/events/series/{seriesId}/publish", Target.DraftSeries, [U, Ok, Ok, N, N, F, N]),
        new("POST", "/api/events/series/{seriesId}/cancel", Target.PublishedSeries, [U, Ok, Ok, F, F, Ok, F]),
        // Referrals: only the staff of the sender (A) and the receiver (B) know a referral exists.
        new("GET", "/api/referrals/needs", Target.None, [U, Ok, Ok, Ok, Ok, Ok, N]),
        new("GET", "/api/referrals/notices/undelivered", Target.None, [U, Ok, Ok, Ok, Ok, N, N]),
        new("POST", "/api/referrals", Target.None, [U, Created, Created, Created, F, N, N]),
        new("GET", "/api/referrals", Target.None, [U, Ok, Ok, Ok, Ok, N, N]),
        new("GET", "/api/referrals/{id}", Target.SentReferral, [U, Ok, Ok, Ok, N, N, N]),
        new("POST", "/api/referrals/{id}/accept", Target.SentReferral, [U, F, F, Ok, F, N, N]),
        new("POST", "/api/referrals/{id}/decline", Target.SentReferral, [U, F, F, Ok, F, N, N]),
        new("POST", "/api/referrals/{id}/complete", Target.AcceptedReferral, [U, F, F, Ok, F, N, N]),
        new("POST", "/api/referrals/{id}/no-show", Target.AcceptedReferral, [U, F, F, Ok, F, N, N]),
        new("POST", "/api/referrals/{id}/cancel", Target.SentReferral, [U, Ok, Ok, F, F, N, N]),
        new("POST", "/api/referrals/{id}/comments", Target.SentReferral, [U, Created, Created, Created, F, N, N]),
        new("GET", "/api/referrals/{id}/comments", Target.SentReferral, [U, Ok, Ok, Ok, N, N, N]),
        new("GET", "/api/referrals/{id}/history", Target.SentReferral, [U, Ok, Ok, Ok, N, N, N]),
        new("GET", "/api/referrals/{id}/access-log", Target.SentReferral, [U, F, Ok, F, N, N, N]),
        new("POST", "/api/referrals/{id}/erase", Target.SentReferral, [U, F, Ok, F, F, N, N]),
        new("POST", "/api/referrals/{id}/consent/withdraw", Target.SentReferral, [U, Ok, Ok, Ok, F, N, N]),
        // Equipment: A owns the items, B borrows; the coordinator sees the pool but takes part in no loan.
        new("GET", "/api/equipment", Target.None, [U, Ok, Ok, Ok, Ok, Ok, N]),
        new("GET", "/api/equipment/notices/undelivered", Target.None, [U, Ok, Ok, Ok, Ok, N, N]),
        new("GET", "/api/equipment/{id}", Target.SharedItem, [U, Ok, Ok, Ok, Ok, Ok, N]),
        new("GET", "/api/equipment/{id}", Target.PrivateItem, [U, Ok, Ok, N, N, Ok, N]),
        new("GET", "/api/equipment/{id}/calendar.ics", Target.SharedItem, [U, Ok, Ok, N, N, N, N]),
        new("POST", "/api/equipment", Target.None, [U, Created, Created, Created, F, F, N]),
        new("PUT", "/api/equipment/{id}", Target.SharedItem, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/{id}/maintenance", Target.SharedItem, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/{id}/available", Target.ItemInMaintenance, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/{id}/retire", Target.SharedItem, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/{id}/reservations", Target.SharedItem, [U, Created, Created, Created, F, F, N]),
        new("GET", "/api/equipment/reservations", Target.None, [U, Ok, Ok, Ok, Ok, F, N]),
        new("GET", "/api/equipment/reservations/{id}", Target.RequestedReservation, [U, Ok, Ok, Ok, N, F, N]),
        new("POST", "/api/equipment/reservations/{id}/approve", Target.RequestedReservation, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/reservations/{id}/reject", Target.RequestedReservation, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/reservations/{id}/cancel", Target.RequestedReservation, [U, Ok, Ok, Ok, F, F, N]),
        new("POST", "/api/equipment/reservations/{id}/checkout", Target.ApprovedReservation, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/reservations/{id}/return", Target.CheckedOutReservation, [U, Ok, Ok, F, F, F, N]),
        new("POST", "/api/equipment/reservations/{id}/extend", Target.ApprovedReservation, [U, F, F, Ok, F, F, N]),
        // Activity: the coordinator reads everything; a partner's users the overview and series of their own partner;
        // anyone the network's public figures.
        new("GET", "/api/activity/public", Target.None, [Ok, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/activity/overview", Target.None, [U, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/activity/timeseries", Target.None, [U, Ok, Ok, Ok, Ok, Ok, Ok]),
        new("GET", "/api/activity/partners", Target.None, [U, F, F, F, F, Ok, F]),
        new("GET", "/api/activity/referral-flows", Target.None, [U, F, F, F, F, Ok, F]),
        new("GET", "/api/activity/referrals/pending", Target.None, [U, F, F, F, F, Ok, F]),
        new("GET", "/api/activity/export.csv", Target.None, [U, F, F, F, F, Ok, F]),
        new("POST", "/api/activity/rebuild", Target.None, [U, F, F, F, F, Ok, F]),
    ];
}

/// <summary>One row of the matrix: a route, the record it acts on, and the status each role gets.</summary>
public sealed record AccessRow(string Method, string Route, Target Target, int[] Expected)
{
    public string Key => $"{Method} {Route}";

    public override string ToString() => Target == Target.None ? Key : $"{Key} ({Target})";
}
