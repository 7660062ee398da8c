using System.Globalization;
using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// What the contract says and the OpenAPI documents do not declare: a valid body of each request schema (values that
/// pass every rule, its optional text fields filled in, so that breaking one field breaks nothing else), the query
/// parameters that take a closed list of codes or an instant in plain text, and which parameters are a period. The
/// rules of the bodies' fields (required, longest text, bounds, patterns) are read from the documents
/// (<see cref="DeclaredRules"/>).
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

    /// <summary>A body of the schema that the contract accepts, or null when none is known (then one is made from the
    /// schema).</summary>
    public JsonObject? ValidBody(string? schemaName) =>
        schemaName switch
        {
            "PartnerProfileRequest" => new JsonObject
            {
                ["name"] = "Espace numérique des Collines",
                ["kind"] = partnerKind,
                ["siret"] = "73282932000074",
                ["description"] = "Accompagnement.\nDémarches en ligne.",
                ["address"] = new JsonObject
                {
                    ["street"] = "2 rue des Écoles",
                    ["postalCode"] = "06000",
                    ["commune"] = "Nice",
                    ["inseeCode"] = "06088",
                },
                ["contact"] = new JsonObject
                {
                    ["email"] = "accueil@collines.example.org",
                    ["phone"] = "04 93 00 11 00",
                    ["website"] = "https://collines.example.org",
                },
                ["openingHours"] = "Mo-Fr 09:00-12:00",
                ["accessibility"] = new JsonObject { ["wheelchair"] = true, ["notes"] = "Rampe d'accès." },
            },
            "ReasonRequest" or "CancelEventRequest" or "CancelRequest" or "RejectRequest" => new JsonObject
            {
                ["reason"] = "Motif de test.",
            },
            "EventRequest" => new JsonObject
            {
                ["title"] = "Café IA",
                ["description"] = "Un débat.\nSans prérequis.",
                ["category"] = "cafe-ia",
                ["startsAt"] = Instant(now.AddDays(10)),
                ["endsAt"] = Instant(now.AddDays(10).AddHours(2)),
                ["timeZone"] = "Europe/Paris",
                ["location"] = new JsonObject
                {
                    ["name"] = "Salle polyvalente",
                    ["street"] = "1 place Garibaldi",
                    ["postalCode"] = "06000",
                    ["commune"] = "Nice",
                    ["url"] = "https://example.org/cafe-ia",
                },
                ["capacity"] = 12,
            },
            "RegistrationBody" => new JsonObject
            {
                ["firstName"] = "Lina",
                ["lastName"] = "Martin",
                ["email"] = "lina@example.org",
                ["phone"] = "06 11 22 33 44",
                ["seats"] = 1,
            },
            "AttendanceRequest" => new JsonObject { ["present"] = new JsonArray(), ["walkIns"] = 0 },
            "ReferralRequest" => new JsonObject
            {
                ["toPartnerId"] = otherPartner.ToString(),
                ["resident"] = new JsonObject
                {
                    ["firstName"] = "Malik",
                    ["lastName"] = "Benali",
                    ["phone"] = "06 11 22 33 44",
                    ["email"] = "malik@example.org",
                    ["commune"] = "Grasse",
                },
                ["needs"] = new JsonArray("smartphone"),
                ["note"] = "À rappeler.\nAprès 14 h.",
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
                ["assetTag"] = "PC-01",
                ["serialNumber"] = "SN-0001",
                ["description"] = "Portable 14 pouces.\nAvec chargeur.",
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
