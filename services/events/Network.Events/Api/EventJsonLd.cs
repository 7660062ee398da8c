using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Network.Events.Domain;

namespace Network.Events.Api;

/// <summary>An event as schema.org <c>Event</c> JSON-LD, for search engines and agendas that read structured
/// data.</summary>
internal static class EventJsonLd
{
    public const string MediaType = "application/ld+json";

    /// <summary>True when the caller asks for JSON-LD rather than the API's JSON.</summary>
    public static bool IsRequested(HttpRequest request) =>
        request
            .GetTypedHeaders()
            .Accept.Any(accept =>
                accept.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && accept.Quality is not 0
            );

    public static JsonObject Of(Event e, IReadOnlyDictionary<Guid, string> partnerNames)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(partnerNames);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        var document = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["identifier"] = e.Id.ToString(),
            ["name"] = e.Title,
            ["description"] = e.Description,
            ["startDate"] = TimeZoneInfo
                .ConvertTime(e.StartsAt, zone)
                .ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["endDate"] = TimeZoneInfo
                .ConvertTime(e.EndsAt, zone)
                .ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["eventStatus"] =
                e.Status == EventStatus.Cancelled
                    ? "https://schema.org/EventCancelled"
                    : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = $"https://schema.org/{AttendanceMode(e.Location)}",
            ["location"] = Locations(e.Location),
            ["organizer"] = new JsonArray([
                .. new[] { e.OrganiserId }.Concat(e.CoOrganiserIds).Select(id => Organisation(id, partnerNames)),
            ]),
            ["about"] = CategoryLabels.Of(e.Category),
            ["inLanguage"] = "fr",
        };
        if (e.Audiences.Count > 0)
        {
            document["audience"] = new JsonArray([
                .. e.Audiences.Select(code => new JsonObject
                {
                    ["@type"] = "Audience",
                    ["audienceType"] = Audiences.Labels.GetValueOrDefault(code, code),
                }),
            ]);
        }

        var features = AccessibilityFeatures
            .All.Where(feature => feature.IsOfferedBy(e))
            .SelectMany(feature => feature.SchemaOrgTerms)
            .ToList();
        if (features.Count > 0)
        {
            document["accessibilityFeature"] = new JsonArray([.. features.Select(term => JsonValue.Create(term))]);
        }

        if (e.Capacity is { } capacity)
        {
            document["maximumAttendeeCapacity"] = capacity;
            document["remainingAttendeeCapacity"] = Math.Max(0, e.SeatsLeft ?? 0);
        }

        return document;
    }

    private static string AttendanceMode(EventLocation location) =>
        !location.Online ? "OfflineEventAttendanceMode"
        : location.Street is null ? "OnlineEventAttendanceMode"
        : "MixedEventAttendanceMode";

    private static JsonArray Locations(EventLocation location)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = location.Name,
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = location.Street,
                ["postalCode"] = location.PostalCode,
                ["addressLocality"] = location.Commune,
                ["addressCountry"] = "FR",
            },
        };
        if (location is { Latitude: { } latitude, Longitude: { } longitude })
        {
            place["geo"] = new JsonObject
            {
                ["@type"] = "GeoCoordinates",
                ["latitude"] = latitude,
                ["longitude"] = longitude,
            };
        }

        var locations = new JsonArray(place);
        if (location.Url is { } url)
        {
            locations.Add(new JsonObject { ["@type"] = "VirtualLocation", ["url"] = url });
        }

        return locations;
    }

    private static JsonObject Organisation(Guid id, IReadOnlyDictionary<Guid, string> names) =>
        new()
        {
            ["@type"] = "Organization",
            ["identifier"] = id.ToString(),
            ["name"] = names.GetValueOrDefault(id),
        };
}
