using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Portal.Tests.Workspace;

/// <summary>What the workspace's tests prepare and check through the API, as a structure's staff.</summary>
internal static class OrganisedWorkshops
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The fields of an event's answer that its edit takes back.</summary>
    private static readonly string[] Editable =
    [
        "title",
        "description",
        "category",
        "audiences",
        "coOrganiserIds",
        "startsAt",
        "endsAt",
        "timeZone",
        "location",
        "capacity",
        "registrationRequired",
        "accessibility",
    ];

    /// <summary>A workshop of the staff's structure, two hours long, published unless asked otherwise.</summary>
    public static async Task<Guid> CreateAsync(
        PlatformApi api,
        string title,
        DateTimeOffset startsAt,
        bool publish = true,
        int? capacity = 10,
        object? location = null
    )
    {
        var created = await api.PostAsync(
            "/api/events",
            new
            {
                title,
                description = "Un atelier pour les tests du portail.\nVenez avec votre téléphone.",
                category = "atelier-numerique",
                startsAt,
                endsAt = startsAt.AddHours(2),
                location = location
                    ?? new
                    {
                        name = "Centre social Les Moulins",
                        street = "1 place des Amaryllis",
                        postalCode = "06200",
                        commune = "Nice",
                    },
                capacity,
            }
        );
        var id = created.GetProperty("id").GetGuid();
        if (publish)
        {
            await api.PostAsync($"/api/events/{id}/publish");
        }

        return id;
    }

    /// <summary>A registration made by the staff for a resident.</summary>
    public static async Task<Guid> RegisterAsync(
        PlatformApi api,
        Guid id,
        string firstName,
        string? phone = null,
        string? email = null
    ) => (
            await api.PostAsync(
                $"/api/events/{id}/registrations",
                new
                {
                    firstName,
                    phone,
                    email,
                }
            )
        ).GetProperty("id").GetGuid();

    public static async Task<IReadOnlyList<JsonElement>> AttendeesAsync(PlatformApi api, Guid id) =>
        [.. (await api.GetAsync($"/api/events/{id}/registrations")).EnumerateArray()];

    /// <summary>Replaces a workshop's title, as someone else in the structure would, with the version they
    /// read.</summary>
    public static async Task RenameAsync(PlatformApi api, Guid id, string title)
    {
        using var read = await api.Http.GetAsync(new Uri($"/api/events/{id}", UriKind.Relative));
        var current = (await read.Content.ReadFromJsonAsync<JsonElement>()).Deserialize<
            Dictionary<string, JsonElement>
        >()!;
        var body = Editable.ToDictionary(field => field, field => current[field]);
        body["title"] = JsonSerializer.SerializeToElement(title);
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}")
        {
            Content = JsonContent.Create(body),
        };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        using var response = await api.Http.SendAsync(edit);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A moment a little ahead, on a whole minute, as the form's time fields take it.</summary>
    public static DateTimeOffset SoonOnAWholeMinute(TimeSpan atLeast)
    {
        var soon = DateTimeOffset.UtcNow + atLeast;
        return new DateTimeOffset(soon.Ticks - (soon.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
    }

    public static async Task WaitUntilAsync(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    /// <summary>The date and the time of an instant in Paris, as the form's fields take them.</summary>
    public static (string Date, string Time) InParis(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Paris);
        return (
            local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            local.ToString("HH:mm", CultureInfo.InvariantCulture)
        );
    }
}
