using Microsoft.AspNetCore.OpenApi;

namespace Network.Events.Api;

/// <summary>The choices this service makes where the contract is silent, published in its OpenAPI document.</summary>
internal static class EventsApiDescription
{
    private const string Choices = """

        Events service — choices where the contract is silent:

        - Organisers: the staff and admins of the organiser and of each co-organiser (active partners of the network,
          other than the organiser) manage an event alike. A suspended organiser creates (403) and publishes (409)
          nothing new and reads its attendee lists without recording attendance (403); an archived one's events still to
          come are cancelled and its staff get 404 on attendee lists. The coordinator reads every event, drafts
          included, and may cancel one, but never reads an attendee list.
        - An event lasts at most 31 days (`endsAt`); longer activities are series. `audiences` take the vocabulary of
          publics of the national standard the partners' profiles use (`jeunes`, `etudiants`, `familles-et-ou-enfants`,
          `seniors`, `femmes`); none means everyone. `timeZone` defaults to `Europe/Paris`.
        - Series: `recurrence {frequency: daily|weekly, weekdays?, interval? (1..52), until? | count? (1..366)}` creates
          one draft per occurrence at the same local time, linked by `seriesId`; the first occurrence is the answer. A
          series spans at most a year. `GET /api/events/series/{seriesId}` lists the occurrences (paged);
          `POST .../publish` and `POST .../cancel {reason}` act on the occurrences still to come that the caller
          organises (the coordinator cancels any), leave the others as they were and answer how many changed; organising
          none of them is 403 (404 when the caller sees none of the series). Each occurrence is otherwise an event of
          its own (`PUT` one at a time; `recurrence` there is 400).
        - Lists and the feed show events overlapping `[from, to]`, `from` defaulting to now; `category` and `audience`
          take the kebab-case codes (others are 400), `q` is at most 200 characters. Instants, in filters and bodies,
          fall between the years 2000 and 2100 (400 otherwise). A place's name and street are at most 200 characters,
          its commune 100, its link 500. A title, a place's fields and a reason hold one line: a line break, a tab or
          any other control character there is 400; a description keeps its line breaks and refuses other control
          characters. The feed (`calendar.ics`) holds at most 2,000 events, the earliest first, and shows cancelled
          events that had been published; whatever an event holds, each of its values stays on its own line of the feed.
        - Registrations: the staff of a partner, acting for it, register on a resident's behalf (`byStaff`), 1 to 10
          seats; anybody else (anonymous, or signed in without a partner) registers as the public, at most
          `Events:AnonymousMaxSeats` seats (4 by default). Names hold letters, spaces, apostrophes, hyphens and dots
          only. Staff registering an e-mail (case-insensitive) or phone already registered to the event get the existing
          registration back with 200 and no token. The public gets what a new registration would get (201, the status
          the seats would have, an id and a token of its own that cancel nothing), never the existing registration's id
          or state; that registration stands, takes no more seats, and its holder, when they left an e-mail address, is
          told of the attempt (at most once a day) with a link to cancel. A full event waitlists; a cancellation or a
          larger capacity promotes in arrival order, skipping registrations too large for the seats left.
        - Notices: registrants with an e-mail address get their registration's confirmation (with the event as an
          .ics file) or their place on the waitlist, and are told of a promotion, of a new time, of a cancellation and
          of an attempt to register their contact again; a confirmed registrant is reminded `Events:ReminderHours`
          (48) hours before the start, unless they registered within that time. Every e-mail links to the portal's
          pages that cancel the registration and stop the messages (`POST
          /api/events/{id}/registrations/{registrationId}/stop-notices?token=`). Registrants without an address are
          counted in `undeliveredNotices` of the attendee list for the changes, and so are those whose notice failed
          (after retries, or at once when it cannot be sent at all), for the staff to call them.
        - Attendance is recorded after the start, as often as needed (the last record counts); it counts seats. The
          attendee list says who came (`attended`, null until recorded) and the event its `walkIns`.
        - Accessibility: `accessibility {wheelchair, hearingLoop, signLanguage, subtitlesOrWrittenSupport, easyToRead,
          visualImpairment}`, each false unless given; `GET /api/events/accessibility` gives their French labels. The
          list and the feed take `accessibility=<name>[,<name>...]` (events offering all of them; an unknown name is
          400). The JSON-LD's `accessibilityFeature` uses the schema.org terms where the vocabulary has one
          (`signLanguage`; `captions` and `transcript` for subtitles or written support) and otherwise
          `wheelchairAccessible`, `hearingLoop`, `easyToRead`, `visualImpairment`. Messages carry the flags in their
          event snapshot.
        - `GET /api/events/organised` lists, for the staff of the acting partner, every event it organises or
          co-organises, in any status (`status`, `from`, `to`, `order`).
        - Registrants' names and contacts are encrypted at rest and erased `Events:RegistrationRetentionDays` (90) after
          the event ends, or at once by `POST /api/events/{id}/registrations/{registrationId}/erase` (admins of the
          organiser or a co-organiser, 204; the organiser's other staff 403; anybody else 404). An erased registration
          keeps its seats, status and attendance; the attendee list names it "Personne inscrite (données effacées)".
        """;

    public static void AddEventsApiDescription(this IServiceCollection services) =>
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
