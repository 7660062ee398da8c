using Microsoft.AspNetCore.OpenApi;

namespace Network.Referrals.Api;

/// <summary>The choices this service makes where the contract is silent, published in its OpenAPI document.</summary>
internal static class ReferralsApiDescription
{
    private const string Choices = """

        Referrals service — choices where the contract is silent:

        - Who sees what: only the staff and admins of the sending and the receiving partner, acting for that partner
          (`X-Partner-Id` when the token lists several), see a referral at all; anybody else, the coordinator included,
          gets 404 on every route, the list and the creation included. A signed-in user of several partners who names
          none gets 400 on `X-Partner-Id`. `GET /api/referrals/needs` (a vocabulary, no data) answers any signed-in
          user.
        - Only `GET /api/referrals/{id}` returns the full record (names, contacts, birth year, note, outcome, messages),
          and each call writes an access-log entry (user, partner, instant) before answering. Every other answer —
          the list, the creation (201), the steps — carries the summary: the resident's first name, the initial of
          the last name and the commune, no contact and no free text.
        - The list: `box=sent|received`, both when absent; `status` takes the kebab-case statuses; newest first.
          Comments, history and access log are plain arrays, oldest first.
        - Steps: the receiver accepts, declines, completes, marks no-show; the sender cancels. The other side gets 403
          (it sees the referral), a stranger 404. An illegal step is 409 with `currentStatus`. `If-Match` is honoured
          (412 when stale); two racing steps: the second gets 409. `complete` requires an `outcome`, `cancel` a
          `reason`; an `appointmentAt` falls between the years 2000 and 2100.
        - Creation: the sender must be active (403 otherwise), the receiver active and another partner (400 on
          `toPartnerId`), `resident.firstName`, `lastName` and `commune` are required, `consent.method` and
          `consent.obtainedAt` (not in the future, not before 2000) too. `urgency` defaults to `normal`. An `eventId`
          must name a published event still to come, organised or co-organised by the receiver (400 on `eventId`
          otherwise, at creation and again at acceptance), as the service's replica of the events knows it; an event
          published a moment ago is waited for up to 3 seconds.
        - With an `eventId`, acceptance sends the command `RegisterResidentForEvent` (first name, initial of the last
          name, one seat) to the events service; the organiser's attendee list shows that and the `referralId`, whose
          record holds the contacts. Its answer is written to the history (`reason` `event-registered`,
          `event-waitlisted` or `event-refused`, status unchanged) and shown as `eventRegistration`; the attendance it
          reports later closes an accepted referral: present → `completed`, absent → `no-show`.
        - History reasons are codes, never free text: a decline reason, `by-sender`, `consent-withdrawn`, `erased`,
          `answer-overdue`, `event-absent`, `erased-request|consent-withdrawn|retention`. The cancel reason, the
          decline message, the acceptance note and the outcome are kept on the referral, encrypted, and erased
          with the personal data.
        - Erasure (`/erase`, admins; consent withdrawal, staff; retention, automatic) wipes names, contacts, birth
          year, note, every free text and the comments' text; partners, needs, commune, urgency, consent method and
          dates, statuses and history stay. An open referral is cancelled by it. Erasing again is a 200 that changes
          nothing; commenting on an erased referral is 409.
        - Timers (`Referrals:RemindEveryDays` 7, `Referrals:AnswerWithinDays` 30, `Referrals:RetentionDays` 365):
          a referral still `sent` is reminded (ReferralAnswerOverdue) every RemindEveryDays, expires after
          AnswerWithinDays; retention counts from the day a referral was closed.
        - A suspended or archived partner receives no new referral. A suspended partner's staff read its referrals and
          act on none (403); an archived partner's staff get 404 on every referral route.
        """;

    public static void AddReferralsApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(options =>
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Description += Choices;
                    return Task.CompletedTask;
                }
            )
        );
}
