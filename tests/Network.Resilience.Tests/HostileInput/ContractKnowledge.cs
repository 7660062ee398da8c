using System.Globalization;
using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// What the contract says and the OpenAPI documents do not (yet) declare: a valid body of each request schema, the
/// fields a body cannot do without, the query parameters that take a closed list of codes, and which parameters are a
/// period. The generator starts from these and breaks exactly one rule of the contract at a time.
/// </summary>
public sealed class ContractKnowledge(Guid otherPartner, string partnerKind, DateTimeOffset now)
{
    /// <summary>Query parameters whose values are codes of a closed list (statuses, categories,
    /// vocabularies).</summary>
    public static readonly IReadOnlySet<string> EnumeratedQueryParameters = new HashSet<string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "box",
        "as",
        "status",
        "category",
        "kind",
        "service",
        "public",
        "label",
        "audience",
        "granularity",
        "format",
        "metric",
    };

    /// <summary>Query parameters that are an instant or a date although their schema says only "string".</summary>
    public static readonly IReadOnlySet<string> DateQueryParameters = new HashSet<string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "from",
        "to",
        "availableFrom",
        "availableTo",
    };

    /// <summary>Query parameters that are a number of days, a count.</summary>
    public static readonly IReadOnlySet<string> CountQueryParameters = new HashSet<string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "olderThanDays",
    };

    /// <summary>The start and end of a period, in a query or a body: the end never comes before the start.</summary>
    public static readonly IReadOnlyList<(string Start, string End)> Periods =
    [
        ("from", "to"),
        ("availableFrom", "availableTo"),
        ("startsAt", "endsAt"),
    ];

    /// <summary>Fields a body of each schema cannot do without (when the operation requires a body at all).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RequiredFields = new Dictionary<string, string[]>(
        StringComparer.Ordinal
    )
    {
        ["PartnerProfileRequest"] =
        [
            "name",
            "kind",
            "address",
            "address.street",
            "address.postalCode",
            "address.commune",
        ],
        ["ReasonRequest"] = ["reason"],
        ["EventRequest"] =
        [
            "title",
            "category",
            "startsAt",
            "endsAt",
            "location",
            "location.name",
            "location.postalCode",
            "location.commune",
        ],
        ["CancelEventRequest"] = ["reason"],
        ["RegistrationBody"] = ["firstName"],
        ["ReferralRequest"] =
        [
            "toPartnerId",
            "resident",
            "needs",
            "consent",
            "consent.method",
            "consent.obtainedAt",
            "resident.firstName",
            "resident.lastName",
            "resident.commune",
        ],
        ["DeclineRequest"] = ["reason"],
        ["CompleteRequest"] = ["outcome"],
        ["CancelRequest"] = ["reason"],
        ["CommentRequest"] = ["text"],
        ["ItemRequest"] = ["name", "category"],
        ["ReservationRequest"] = ["from", "to", "purpose"],
        ["RejectRequest"] = ["reason"],
        ["ReturnRequest"] = ["condition"],
        ["ExtendRequest"] = ["to"],
    };

    /// <summary>A body of the schema that the contract accepts, or null when none is known (then one is made from the
    /// schema).</summary>
    public JsonObject? ValidBody(string? schemaName) =>
        schemaName switch
        {
            "PartnerProfileRequest" => new JsonObject
            {
                ["name"] = "Espace numérique des Collines",
                ["kind"] = partnerKind,
                ["description"] = "Accompagnement aux démarches en ligne.",
                ["address"] = new JsonObject
                {
                    ["street"] = "2 rue des Écoles",
                    ["postalCode"] = "06000",
                    ["commune"] = "Nice",
                },
                ["openingHours"] = "Mo-Fr 09:00-12:00",
            },
            "ReasonRequest" or "CancelEventRequest" or "CancelRequest" or "RejectRequest" => new JsonObject
            {
                ["reason"] = "Motif de test.",
            },
            "EventRequest" => new JsonObject
            {
                ["title"] = "Café IA",
                ["category"] = "cafe-ia",
                ["startsAt"] = Instant(now.AddDays(10)),
                ["endsAt"] = Instant(now.AddDays(10).AddHours(2)),
                ["location"] = new JsonObject
                {
                    ["name"] = "Salle polyvalente",
                    ["postalCode"] = "06000",
                    ["commune"] = "Nice",
                },
                ["capacity"] = 12,
            },
            "RegistrationBody" => new JsonObject { ["firstName"] = "Lina", ["seats"] = 1 },
            "AttendanceRequest" => new JsonObject { ["present"] = new JsonArray(), ["walkIns"] = 0 },
            "ReferralRequest" => new JsonObject
            {
                ["toPartnerId"] = otherPartner.ToString(),
                ["resident"] = new JsonObject
                {
                    ["firstName"] = "Malik",
                    ["lastName"] = "Benali",
                    ["commune"] = "Grasse",
                },
                ["needs"] = new JsonArray("smartphone"),
                ["consent"] = new JsonObject { ["method"] = "oral", ["obtainedAt"] = Instant(now.AddHours(-1)) },
            },
            "AcceptRequest" => new JsonObject
            {
                ["appointmentAt"] = Instant(now.AddDays(3)),
                ["note"] = "Rendez-vous au guichet.",
            },
            "DeclineRequest" => new JsonObject { ["reason"] = "autre", ["message"] = "Pas de créneau." },
            "CompleteRequest" => new JsonObject { ["outcome"] = "Démarche faite." },
            "CommentRequest" => new JsonObject { ["text"] = "Merci pour l'orientation." },
            "ItemRequest" => new JsonObject
            {
                ["name"] = "Ordinateur portable 14 pouces",
                ["category"] = "laptop",
                ["condition"] = "good",
                ["shareable"] = true,
                ["loanRules"] = new JsonObject
                {
                    ["maxDays"] = 7,
                    ["bufferHours"] = 2,
                    ["requiresApproval"] = true,
                },
            },
            "ReservationRequest" => new JsonObject
            {
                ["from"] = Instant(now.AddDays(20)),
                ["to"] = Instant(now.AddDays(21)),
                ["purpose"] = "Atelier numérique",
            },
            "ReturnRequest" => new JsonObject { ["condition"] = "good", ["notes"] = "RAS" },
            "ExtendRequest" => new JsonObject { ["to"] = Instant(now.AddDays(4)) },
            "CheckoutRequest" => new JsonObject(),
            _ => null,
        };

    public static string Instant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
