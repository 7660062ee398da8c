using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>A series action changes only the occurrences the caller organises: each occurrence has organisers of its
/// own.</summary>
public sealed class SeriesOccurrenceRightsTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task A_co_organiser_taken_off_later_occurrences_changes_only_the_ones_it_still_organises()
    {
        using var organiser = StaffOf(Organiser);
        using var removed = StaffOf(OtherPartner);
        var created = await organiser.PostAsJsonAsync(
            "/api/events",
            Occurrence(
                _clock.GetUtcNow().Date.AddDays(2).AddHours(16),
                [OtherPartner],
                new { frequency = "weekly", count = 3 }
            )
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var seriesId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seriesId").GetGuid();
        var occurrences = (await SeriesAsync(organiser, seriesId))
            .GetProperty("items")
            .EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetGuid(), StartsAt: e.GetProperty("startsAt").GetDateTimeOffset()))
            .ToList();

        // The organiser takes the co-organiser off the second and third occurrences.
        foreach (var (id, startsAt) in occurrences.Skip(1))
        {
            var current = await organiser.GetAsync(new Uri($"/api/events/{id}", UriKind.Relative));
            using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}")
            {
                Content = JsonContent.Create(Occurrence(startsAt.UtcDateTime, [], null)),
            };
            edit.Headers.IfMatch.Add(current.Headers.ETag!);
            Assert.Equal(HttpStatusCode.OK, (await organiser.SendAsync(edit)).StatusCode);
        }

        var published = await removed.PostAsync(
            new Uri($"/api/events/series/{seriesId}/publish", UriKind.Relative),
            null
        );
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(1, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        Assert.Equal(["published", "draft", "draft"], await StatusesAsync(organiser, seriesId));

        // Once the occurrence it still organises has happened, it may change none of those to come.
        _clock.AdjustTime(occurrences[0].StartsAt.AddHours(3));
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await removed.PostAsJsonAsync($"/api/events/series/{seriesId}/cancel", new { reason = "Plus de salle" })
            ).StatusCode
        );
        Assert.Equal(["published", "draft", "draft"], await StatusesAsync(organiser, seriesId));

        var cancelled = await organiser.PostAsJsonAsync(
            $"/api/events/series/{seriesId}/cancel",
            new { reason = "Plus de salle" }
        );
        Assert.Equal(2, (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        Assert.Equal(["published", "cancelled", "cancelled"], await StatusesAsync(organiser, seriesId));
    }

    private static async Task<JsonElement> SeriesAsync(HttpClient client, Guid seriesId) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/series/{seriesId}", UriKind.Relative));

    private static async Task<List<string?>> StatusesAsync(HttpClient client, Guid seriesId) =>
        [
            .. (await SeriesAsync(client, seriesId))
                .GetProperty("items")
                .EnumerateArray()
                .Select(e => e.GetProperty("status").GetString()),
        ];

    private static object Occurrence(DateTime startsAt, Guid[] coOrganiserIds, object? recurrence) =>
        new
        {
            title = "Permanence accès aux droits",
            category = "acces-aux-droits",
            coOrganiserIds,
            startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero),
            endsAt = new DateTimeOffset(startsAt.AddHours(2), TimeSpan.Zero),
            location = new
            {
                name = "France Services",
                postalCode = "06200",
                commune = "Nice",
            },
            capacity = 8,
            recurrence,
        };
}
