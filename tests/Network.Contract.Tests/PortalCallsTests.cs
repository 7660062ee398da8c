using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Portal.Api;
using Network.Portal.Forms;

namespace Network.Contract.Tests;

/// <summary>
/// The portal's calls to the API, checked against the committed documents: each path and method exists, each query
/// parameter the portal sends is declared, each field of the request bodies it sends is in the request's schema, and
/// each field it reads from an answer is in the answer's schema. A change of contract fails here, not on a page.
/// </summary>
public sealed class PortalCallsTests
{
    private static readonly Guid Id = Guid.CreateVersion7();

    public static TheoryData<string, string, string, Type> Answers =>
        new()
        {
            { "partners", "get", "/api/partners", typeof(ResultPage<Structure>) },
            { "partners", "get", "/api/partners/{id}", typeof(Structure) },
            { "partners", "get", "/api/partners/taxonomy", typeof(Taxonomy) },
            { "events", "get", "/api/events", typeof(ResultPage<Workshop>) },
            { "events", "get", "/api/events/{id}", typeof(Workshop) },
            { "events", "get", "/api/events/categories", typeof(List<CodeLabel>) },
            { "events", "post", "/api/events/{id}/registrations", typeof(RegistrationAnswer) },
            { "events", "get", "/api/events/accessibility", typeof(List<CodeLabel>) },
            { "events", "get", "/api/events/organised", typeof(ResultPage<Workshop>) },
            { "events", "get", "/api/events/series/{seriesId}", typeof(ResultPage<Workshop>) },
            { "events", "get", "/api/events/{id}/registrations", typeof(List<Attendee>) },
            { "events", "post", "/api/events", typeof(Workshop) },
            { "events", "put", "/api/events/{id}", typeof(Workshop) },
            { "events", "post", "/api/events/{id}/publish", typeof(Workshop) },
            { "events", "post", "/api/events/{id}/cancel", typeof(Workshop) },
            { "events", "post", "/api/events/series/{seriesId}/publish", typeof(SeriesChange) },
            { "events", "post", "/api/events/series/{seriesId}/cancel", typeof(SeriesChange) },
            { "events", "post", "/api/events/{id}/attendance", typeof(AttendanceSummary) },
            { "referrals", "get", "/api/referrals/needs", typeof(List<CodeLabel>) },
            { "partners", "get", "/api/partners/notices/undelivered", typeof(ResultPage<UndeliveredMail>) },
            { "referrals", "get", "/api/referrals/notices/undelivered", typeof(ResultPage<UndeliveredMail>) },
            { "equipment", "get", "/api/equipment/notices/undelivered", typeof(ResultPage<UndeliveredMail>) },
            { "referrals", "get", "/api/referrals", typeof(ResultPage<ReferralSummary>) },
            { "referrals", "post", "/api/referrals", typeof(ReferralSummary) },
            { "referrals", "get", "/api/referrals/{id}", typeof(Referral) },
            { "referrals", "post", "/api/referrals/{id}/accept", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/decline", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/complete", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/no-show", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/cancel", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/erase", typeof(ReferralSummary) },
            { "referrals", "post", "/api/referrals/{id}/consent/withdraw", typeof(ReferralSummary) },
            { "referrals", "get", "/api/referrals/{id}/history", typeof(List<ReferralHistoryEntry>) },
            { "referrals", "get", "/api/referrals/{id}/comments", typeof(List<ReferralComment>) },
            { "referrals", "post", "/api/referrals/{id}/comments", typeof(ReferralComment) },
            { "referrals", "get", "/api/referrals/{id}/access-log", typeof(List<ReferralRead>) },
            { "partners", "post", "/api/partners", typeof(Structure) },
            { "partners", "put", "/api/partners/{id}", typeof(Structure) },
            { "partners", "get", "/api/partners/{id}/history", typeof(List<StructureStatusChange>) },
            { "partners", "post", "/api/partners/{id}/approve", typeof(Structure) },
            { "partners", "post", "/api/partners/{id}/suspend", typeof(Structure) },
            { "partners", "post", "/api/partners/{id}/reactivate", typeof(Structure) },
            { "partners", "post", "/api/partners/{id}/archive", typeof(Structure) },
            { "partners", "get", "/api/partners/{id}/members", typeof(List<TeamMember>) },
            { "partners", "post", "/api/partners/{id}/members", typeof(TeamMember) },
            { "partners", "put", "/api/partners/{id}/members/{userId}", typeof(TeamMember) },
            { "events", "get", "/api/events/{id}/registrations", typeof(List<Attendee>) },
            { "equipment", "get", "/api/equipment/reservations", typeof(ResultPage<Loan>) },
            { "equipment", "get", "/api/equipment", typeof(ResultPage<EquipmentItem>) },
            { "equipment", "get", "/api/equipment/{id}", typeof(EquipmentItem) },
            { "equipment", "post", "/api/equipment", typeof(EquipmentItem) },
            { "equipment", "put", "/api/equipment/{id}", typeof(EquipmentItem) },
            { "equipment", "post", "/api/equipment/{id}/maintenance", typeof(EquipmentItem) },
            { "equipment", "post", "/api/equipment/{id}/available", typeof(EquipmentItem) },
            { "equipment", "post", "/api/equipment/{id}/retire", typeof(EquipmentItem) },
            { "equipment", "post", "/api/equipment/{id}/reservations", typeof(Loan) },
            { "equipment", "get", "/api/equipment/reservations/{id}", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/approve", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/reject", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/cancel", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/checkout", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/return", typeof(Loan) },
            { "equipment", "post", "/api/equipment/reservations/{id}/extend", typeof(Loan) },
            { "activity", "get", "/api/activity/public", typeof(PublicFigures) },
            { "activity", "get", "/api/activity/overview", typeof(ActivityOverview) },
            { "activity", "get", "/api/activity/timeseries", typeof(Timeseries) },
            { "activity", "get", "/api/activity/partners", typeof(ResultPage<PartnerActivity>) },
            { "activity", "get", "/api/activity/referral-flows", typeof(ReferralFlows) },
            { "activity", "get", "/api/activity/referrals/pending", typeof(PendingReferrals) },
        };

    /// <summary>Each body the portal sends, by the operation it sends it to.</summary>
    public static TheoryData<string, string, string> Bodies
    {
        get
        {
            var referral = new ReferralForm
            {
                Needs = new() { ["ants"] = true },
                FirstName = "Awa",
                LastName = "Diallo",
                Commune = "Nice",
                Phone = "0612345678",
                Email = "awa@example.org",
                BirthYear = "1958",
                Note = "Le matin.",
                ConsentMethod = "oral",
                ConsentDate = "2026-12-01",
                EventId = Id.ToString(),
            };
            var step = new ReferralStepForm
            {
                AppointmentDay = "2026-12-09",
                AppointmentTime = "14:30",
                Note = "Bienvenue.",
                Reason = "autre",
                Message = "Complet.",
                Outcome = "Dossier déposé.",
            };
            var registration = new RegistrationForm
            {
                FirstName = "Awa",
                LastName = "Diallo",
                Seats = 1,
            };
            // A weekly series with every field of the contract; an edit sends the same body without its series.
            var workshop = new WorkshopForm
            {
                Title = "Café numérique",
                Description = "Ranger ses photos.",
                Category = "atelier-numerique",
                Audiences = new() { ["seniors"] = true },
                CoOrganisers = new() { [Id] = true },
                Date = "2030-03-04",
                StartTime = "14:00",
                EndTime = "16:00",
                PlaceName = "Médiathèque",
                Street = "1 rue de la Paix",
                PostalCode = "06000",
                Commune = "Nice",
                Latitude = "43,7",
                Longitude = "7,26",
                Online = true,
                Url = "https://visio.example.org",
                Capacity = "12",
                Accessibility = new() { ["wheelchair"] = true },
                Repeat = "weekly",
                Weekdays = new() { ["tuesday"] = true },
                Interval = "1",
                Count = "10",
            };
            var item = new ItemForm
            {
                Name = "Kit mobile web-radio",
                Category = "radio-kit",
                AssetTag = "RADIO-01",
                SerialNumber = "SN-42",
                Description = "Le studio qui voyage.",
                Components = "Micro 1\nMicro 2",
            };
            var window = new LoanWindow(DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(2));
            var loan = new LoanActionForm
            {
                Reason = "Déjà prêté ce jour-là.",
                Condition = "damaged",
                Notes = "Micro 2 cassé.",
                Components =
                [
                    new()
                    {
                        Name = "Micro 1",
                        HandedOver = true,
                        Condition = "good",
                        Notes = "RAS",
                    },
                ],
            };
            return new()
            {
                { "events", "/api/events/{id}/registrations", Json(registration.ToBody()) },
                {
                    "partners",
                    "/api/partners/{id}/suspend",
                    Json(StructuresClient.StatusChangeBody("suspend", "Convention à renouveler.")!)
                },
                {
                    "partners",
                    "/api/partners/{id}/archive",
                    Json(StructuresClient.StatusChangeBody("archive", "Structure dissoute.")!)
                },
                { "events", "/api/events", Json(workshop.ToRequest(asSeries: true).Body) },
                { "events", "/api/events/{id}/cancel", Json(new { reason = "Salle indisponible" }) },
                { "events", "/api/events/series/{seriesId}/cancel", Json(new { reason = "Salle indisponible" }) },
                { "events", "/api/events/{id}/attendance", Json(new { present = new[] { Id }, walkIns = 2 }) },
                { "referrals", "/api/referrals", Json(referral.ToBody(Id)) },
                { "referrals", "/api/referrals/{id}/accept", Json(step.ToAccept()) },
                { "referrals", "/api/referrals/{id}/decline", Json(step.ToDecline()) },
                { "referrals", "/api/referrals/{id}/complete", Json(step.ToComplete()) },
                { "referrals", "/api/referrals/{id}/cancel", Json(step.ToCancel()) },
                { "referrals", "/api/referrals/{id}/comments", Json(ReferralsClient.CommentBody("Merci.")) },
                { "equipment", "/api/equipment", Json(item.ToBody()) },
                {
                    "equipment",
                    "/api/equipment/{id}/reservations",
                    Json(new LoanRequestForm { Purpose = "Atelier radio" }.ToBody(window))
                },
                { "equipment", "/api/equipment/reservations/{id}/reject", Json(loan.RejectBody()) },
                { "equipment", "/api/equipment/reservations/{id}/checkout", Json(loan.CheckoutBody()) },
                { "equipment", "/api/equipment/reservations/{id}/return", Json(loan.ReturnBody()) },
                { "equipment", "/api/equipment/reservations/{id}/extend", Json(LoanActionForm.ExtendBody(window.To)) },
            };
        }
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_field_the_portal_reads_is_in_the_answer_the_contract_describes(
        string service,
        string method,
        string path,
        Type model
    )
    {
        var document = Document(service);
        var responses = Operation(document, method, path)["responses"]!.AsObject();
        var answer = responses
            .Where(r => r.Key.StartsWith('2'))
            .Select(r => r.Value?["content"]?["application/json"]?["schema"])
            .FirstOrDefault(s => s is not null);
        Assert.True(
            answer is not null,
            $"{method.ToUpperInvariant()} {path} describes no JSON answer: the portal reads one."
        );

        var missing = new List<string>();
        Compare(document, answer!, model, model.Name, missing);

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_query_parameter_the_portal_sends_is_declared()
    {
        var workshops = new WorkshopQuery(
            "café",
            "Nice",
            "cafe-ia",
            "seniors",
            Id.ToString(),
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddDays(7),
            2,
            10,
            "wheelchair"
        );
        var structures = new StructureQuery(
            "moulins",
            "Nice",
            "centre-social",
            "aide-demarches",
            "seniors",
            43.7,
            7.26,
            2,
            10,
            "pending",
            Stale: true
        );
        var organised = new OrganisedQuery(
            "draft,published",
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddDays(7),
            LatestFirst: true,
            Page: 2
        );
        var catalogue = new EquipmentQuery(
            "radio",
            "radio-kit",
            "Nice",
            Id,
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow.AddDays(2),
            2
        );
        var figures = new ActivityQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "Nice", Id);
        var missing = Undeclared("events", "/api/events", workshops.ToQueryString())
            .Concat(Undeclared("partners", "/api/partners", structures.ToQueryString()))
            .Concat(Undeclared("referrals", "/api/referrals", new ReferralQuery("received", "sent", 2).ToQueryString()))
            .Concat(
                Undeclared(
                    "equipment",
                    "/api/equipment/reservations",
                    new LoanQuery(true, "approved", 2).ToQueryString()
                )
            )
            .Concat(Undeclared("events", "/api/events/organised", organised.ToQueryString()))
            .Concat(Undeclared("equipment", "/api/equipment", catalogue.ToQueryString()))
            .Concat(Undeclared("activity", "/api/activity/overview", figures.ToQueryString()))
            .Concat(
                Undeclared(
                    "activity",
                    "/api/activity/timeseries",
                    figures.ToQueryString(("granularity", "week"), ("metric", "loans"))
                )
            )
            .Concat(
                Undeclared(
                    "activity",
                    "/api/activity/partners",
                    figures.Network.ToQueryString(("page", "2"), ("pageSize", "100"))
                )
            )
            .Concat(
                Undeclared("activity", "/api/activity/referral-flows", figures.Network.ToQueryString(("busiest", "20")))
            )
            .Concat(Undeclared("activity", "/api/activity/export.csv", figures.Network.ToQueryString()))
            .Concat(
                Undeclared(
                    "events",
                    "/api/events/{id}/registrations/{registrationId}/stop-notices",
                    WorkshopsClient.StopNoticesQuery("jeton"),
                    "post"
                )
            )
            .ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_field_of_a_body_the_portal_sends_is_in_the_request_schema(
        string service,
        string path,
        string body
    )
    {
        var document = Document(service);
        var schema = Operation(document, "post", path)["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var missing = new List<string>();
        CompareSent(document, schema, JsonNode.Parse(body)!.AsObject(), "", missing);

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Theory]
    [InlineData("post", "/api/partners")]
    [InlineData("put", "/api/partners/{id}")]
    public void Every_field_of_the_profile_the_portal_sends_is_in_the_request_schema(string method, string path)
    {
        var form = new StructureForm
        {
            Name = "Centre social Les Moulins",
            Kind = "centre-social",
            Siret = "526 018 159 08308",
            Description = "Ateliers numériques.",
            Street = "5 boulevard Paul Montel",
            PostalCode = "06200",
            Commune = "Nice",
            Email = "contact@moulins.example.org",
            Phone = "04 93 00 11 00",
            Website = "https://moulins.example.org",
            Services = new() { ["aide-aux-demarches-administratives"] = true },
            Publics = new() { ["seniors"] = true },
            Labels = new() { ["france-services"] = true },
            Hours = new() { ["Mo-0"] = "09:00", ["Mo-1"] = "12:00" },
            ClosedOnHolidays = true,
            Wheelchair = "oui",
            AccessibilityNotes = "Rampe d'accès.",
        };
        var current = new Structure(
            Id,
            "Centre social Les Moulins",
            "centre-social",
            "",
            new PartnerAddress("5 boulevard Paul Montel", "06200", "Nice", 43.684, 7.2005) { InseeCode = "06088" },
            new PartnerContact(null, null, null),
            [],
            [],
            [],
            null,
            new PartnerAccessibility(false, null),
            "active",
            null
        );
        var document = Document("partners");
        var schema = Operation(document, method, path)["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var missing = new List<string>();
        CompareSent(document, schema, JsonNode.Parse(Json(form.ToBody(current)))!.AsObject(), "", missing);

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    private static IEnumerable<string> Undeclared(string service, string path, string query, string method = "get")
    {
        var declared = Operation(Document(service), method, path)["parameters"]!
            .AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        return query
            .TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=')[0])
            .Where(name => !declared.Contains(name))
            .Select(name => $"{method.ToUpperInvariant()} {path}?{name}= is not declared");
    }

    /// <summary>Each field the portal sends must be in <paramref name="schema"/>, an object's fields in its
    /// schema.</summary>
    private static void CompareSent(
        JsonObject document,
        JsonNode schema,
        JsonObject sent,
        string at,
        List<string> missing
    )
    {
        var declared = Properties(document, schema);
        foreach (var (name, value) in sent)
        {
            if (declared?[name] is not { } field)
            {
                missing.Add($"{at}{name}: sent by the portal, absent from the contract");
            }
            else if (value is JsonObject inner)
            {
                CompareSent(document, field, inner, $"{at}{name}.", missing);
            }
            else if (
                value is JsonArray { Count: > 0 } list
                && list[0] is JsonObject first
                && Resolve(document, field)["items"] is { } items
            )
            {
                CompareSent(document, items, first, $"{at}{name}[].", missing);
            }
        }
    }

    private static string Json(object body) => JsonSerializer.Serialize(body, PortalApi.Json);

    /// <summary>Each property of <paramref name="model"/> must be in <paramref name="schema"/>, with the same
    /// shape.</summary>
    private static void Compare(JsonObject document, JsonNode schema, Type model, string at, List<string> missing)
    {
        schema = Resolve(document, schema);
        if (Element(model) is { } item)
        {
            if (schema["items"] is not { } items)
            {
                missing.Add($"{at}: the portal reads a list, the contract does not describe one");
                return;
            }

            Compare(document, items, item, $"{at}[]", missing);
            return;
        }

        if (model.Namespace != typeof(Workshop).Namespace)
        {
            return;
        }

        var properties = Properties(document, schema);
        foreach (
            var property in model
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite || IsPositional(model, p))
        )
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties?[name] is not { } field)
            {
                missing.Add($"{at}.{name}: read by the portal, absent from the contract");
                continue;
            }

            Compare(
                document,
                field,
                Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
                $"{at}.{name}",
                missing
            );
        }
    }

    private static bool IsPositional(Type model, PropertyInfo property) =>
        model.GetConstructors().Any(c => c.GetParameters().Any(p => p.Name == property.Name));

    private static Type? Element(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces()
            .Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static JsonObject? Properties(JsonObject document, JsonNode schema)
    {
        schema = Resolve(document, schema);
        if (schema["properties"] is JsonObject properties)
        {
            return properties;
        }

        // A nullable object is written as a choice between the object and null.
        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (
                schema[key] is JsonArray choices
                && choices.Select(c => Properties(document, c!)).FirstOrDefault(p => p is not null) is { } found
            )
            {
                return found;
            }
        }

        return null;
    }

    private static JsonNode Resolve(JsonObject document, JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!;
        }

        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (
                schema[key] is JsonArray choices
                && choices.FirstOrDefault(c => c!["type"]?.ToString() != "null") is { } chosen
                && choices.Count <= 2
            )
            {
                return Resolve(document, chosen);
            }
        }

        return schema;
    }

    private static JsonObject Operation(JsonObject document, string method, string path)
    {
        var operation = document["paths"]?[path]?[method];
        Assert.True(
            operation is not null,
            $"{method.ToUpperInvariant()} {path}, which the portal calls, is not in the contract."
        );
        return operation!.AsObject();
    }

    private static JsonObject Document(string service) =>
        JsonNode.Parse(File.ReadAllText(OpenApiDocuments.CommittedPath(service)))!.AsObject();
}
