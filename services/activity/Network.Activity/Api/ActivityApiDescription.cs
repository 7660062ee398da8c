using Microsoft.AspNetCore.OpenApi;

namespace Network.Activity.Api;

/// <summary>The definitions of every figure and the choices this service makes where the contract is silent, in its
/// OpenAPI document.</summary>
internal static class ActivityApiDescription
{
    public const string Definitions = """

        Activity service — definitions of the figures:

        - Period: `from` and `to` select facts by the instant they happened: events by their start, referrals by their
          sending, loans by the start of their reservation; `[from, to)`. A date alone (`2026-03-01`) is that day in
          Europe/Paris, and `to` then includes the day. Without them, all time. Partner counts (`active`, `pending`) are
          the partners as they stand now. The figures of a commune or a partner (an overview or a series with `commune`
          or `partnerId`, a partner's own, the per-partner table, its CSV and the flows) take whole days only: a date,
          or an instant at midnight in Europe/Paris; anything else is a 400 naming `from` or `to`, so that two periods a
          moment apart cannot isolate one resident's fact.
        - Filters: `commune` is the event's commune, the resident's commune for a referral, the owner's commune for an
          item or loan, the partner's own commune for partner counts; `partnerId` is the organiser of an event, the
          sender or receiver of a referral, the owner or borrower of a loan.
        - Events `published`: events published; `cancelled`: events cancelled. Resident figures count only published
          events that were not cancelled: `registrations` are the seats of registrations confirmed (or promoted from the
          waitlist) and not cancelled; `attendance` is present seats plus walk-ins, from the latest attendance record;
          `noShows` are registered seats recorded absent.
        - Fill rate: confirmed seats ÷ capacity, summed over the published, not cancelled events that have a capacity.
        - No-show rate: seats recorded absent ÷ seats registered, over the events whose attendance was recorded.
        - Referrals are counted in every state they reached: `sent` all referrals sent, `accepted` those the receiver
          accepted (including those later completed, marked no-show or cancelled), `declined`, `completed`, `noShows`
          (accepted, the resident did not come), `expired` (no answer in time), `cancelled` (by the sender or by
          withdrawn consent) and `open` (still waiting for an answer).
        - Acceptance rate: accepted ÷ (accepted + declined + expired), the referrals whose answer period is over.
        - Median hours to answer: the median of the hours between sending and the receiver's acceptance or refusal, over
          the accepted and declined referrals.
        - Loans (`loans`): reservations handed over to the borrower. Loan days: the started days between hand-over and
          return, summed over returned loans. Overdue: loans past their end and not returned.
        - Utilisation rate: loan days of the items ÷ (items in the pool now × days of the period); null without both
          `from` and `to`. For a partner, its own items and the loans of them.
        - Small-number suppression: a count about residents (registrations, attendance, no-shows, referrals) under 5 for
          a single partner, commune, pair of partners or bucket of a local series is `null`, and its group says
          `"suppressed": true`. Then, in every group of such counts whose total the reader knows (every commune, or
          every partner, against the network totals; each column of the per-partner table; the flows against their total
          and each sender's and receiver's; the pending referrals against their total; a local series' buckets against
          its period and against every other commune's or partner's), the smallest shown counts are suppressed too until
          the total minus the shown counts is 0, or at least 5 shared by at least two suppressed counts: no suppressed
          count can be derived from a total. A rate is shown only over at least 5 residents and when every count it is
          computed from is shown. Suppressed flows and pending partners come after the shown ones, by name. Network
          totals (no `commune`, no `partnerId`) are never suppressed, except by the public figures. In the CSV, such
          cells are empty.
        - Public figures (`GET /api/activity/public`): the network's totals for this year so far (1 January in
          Europe/Paris to now) and for the whole of last year: `workshopsHeld` (events published, not cancelled, that
          started in the period), `registrations`, `referralsSent`, `referralsAccepted` and `loans` as above, and the
          partners active now. Being public, a count about residents under 5 is `null` there with `"suppressed": true`,
          even for the whole network. Computed at most every 5 minutes.
        - Rates are fractions between 0 and 1 rounded to 4 decimals; hours are rounded to 2 decimals.
        - Access: the coordinator sees everything; a partner's users see the overview and the time series of the partner
          they act for only; anyone, without a token, the public figures. Every other route is the coordinator's.
        - Sources: every message the partners, events, referrals and equipment services publish is stored (they carry no
          personal data) and applied once; a redelivery changes nothing, and messages arriving out of order give the
          same figures once all are in. `POST /api/activity/rebuild` recomputes every figure from the stored messages.
        """;

    public static void AddActivityApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(options =>
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Description += Definitions;
                    return Task.CompletedTask;
                }
            )
        );
}
