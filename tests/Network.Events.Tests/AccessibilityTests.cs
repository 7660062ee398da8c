using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Events;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>What an event offers people with a disability: given by its organisers, shown, filtered on, published to
/// the network.</summary>
public sealed class AccessibilityTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private static readonly string[] Flags =
    [
        "wheelchair",
        "hearingLoop",
        "signLanguage",
        "subtitlesOrWrittenSupport",
        "easyToRead",
        "visualImpairment",
    ];

    // One time for every event of a test, so that an edit changes the flags and nothing else.
    private readonly DateTimeOffset _startsAt = Instants.UtcNow.AddDays(2);

    [Fact]
    public async Task The_flags_given_are_kept_and_the_others_are_false()
    {
        var flagged = await PublishAsync(new { wheelchair = true, signLanguage = true });
        var plain = await PublishAsync(accessibility: null);

        var flaggedFlags = await FlagsAsync(flagged);
        var plainFlags = await FlagsAsync(plain);

        Assert.Equal(["wheelchair", "signLanguage"], Flags.Where(flag => flaggedFlags.GetProperty(flag).GetBoolean()));
        Assert.All(Flags, flag => Assert.False(plainFlags.GetProperty(flag).GetBoolean()));
    }

    [Fact]
    public async Task The_list_and_the_feed_keep_the_events_offering_every_flag_asked_for()
    {
        var both = await PublishAsync(new { wheelchair = true, hearingLoop = true });
        var one = await PublishAsync(new { wheelchair = true });
        await PublishAsync(accessibility: null);

        var wheelchair = await ListAsync("wheelchair");
        var wheelchairAndLoop = await ListAsync("wheelchair,hearingLoop");
        var feed = await Anonymous()
            .GetStringAsync(
                new Uri($"/api/events/calendar.ics?organiserId={Organiser}&accessibility=hearingLoop", UriKind.Relative)
            );
        var unknown = await Anonymous()
            .GetAsync(new Uri("/api/events?accessibility=wheelchair,ascenseur", UriKind.Relative));

        Assert.Equal([both, one], wheelchair);
        Assert.Equal([both], wheelchairAndLoop);
        Assert.Contains($"UID:{both}", feed, StringComparison.Ordinal);
        Assert.DoesNotContain($"UID:{one}", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True(
            (await unknown.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("accessibility", out _)
        );
    }

    [Fact]
    public async Task The_JSON_LD_names_the_features_and_the_labels_come_from_the_API()
    {
        var id = await PublishAsync(
            new
            {
                wheelchair = true,
                subtitlesOrWrittenSupport = true,
                easyToRead = true,
            }
        );
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{id}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var jsonLd = await (await Anonymous().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        var labels = await Anonymous()
            .GetFromJsonAsync<List<JsonElement>>(new Uri("/api/events/accessibility", UriKind.Relative));

        Assert.Equal(
            ["wheelchairAccessible", "captions", "transcript", "easyToRead"],
            jsonLd.GetProperty("accessibilityFeature").EnumerateArray().Select(term => term.GetString())
        );
        Assert.Equal(Flags, labels!.Select(item => item.GetProperty("code").GetString()));
        Assert.Equal("Accessible en fauteuil roulant", labels![0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task The_messages_carry_the_flags_and_a_change_of_them_is_announced()
    {
        await using var published = await MessageProbe.StartAsync<EventPublished>(RabbitMq);
        await using var updated = await MessageProbe.StartAsync<EventUpdated>(RabbitMq);
        var id = await PublishAsync(new { wheelchair = true });
        using var staff = StaffOf(Organiser);
        var current = await staff.GetAsync(new Uri($"/api/events/{id}", UriKind.Relative));
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/events/{id}")
        {
            Content = JsonContent.Create(Body(new { wheelchair = true, signLanguage = true })),
        };
        edit.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(edit)).StatusCode);

        await Eventually.AssertAsync(
            () => Task.FromResult(published.Deliveries.Count == 1 && updated.Deliveries.Count == 1),
            "publication and change are announced"
        );
        var before = JsonDocument
            .Parse(published.Deliveries.Single().Text)
            .RootElement.GetProperty("message")
            .GetProperty("event")
            .GetProperty("accessibility");
        var after = JsonDocument
            .Parse(updated.Deliveries.Single().Text)
            .RootElement.GetProperty("message")
            .GetProperty("event")
            .GetProperty("accessibility");
        Assert.Equal(
            (true, false),
            (before.GetProperty("wheelchair").GetBoolean(), before.GetProperty("signLanguage").GetBoolean())
        );
        Assert.Equal(
            (true, true),
            (after.GetProperty("wheelchair").GetBoolean(), after.GetProperty("signLanguage").GetBoolean())
        );
    }

    private async Task<Guid> PublishAsync(object? accessibility)
    {
        using var staff = StaffOf(Organiser);
        var created = await staff.PostAsJsonAsync("/api/events", Body(accessibility));
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return id;
    }

    private object Body(object? accessibility) =>
        new
        {
            title = "Atelier accessible",
            category = "atelier-numerique",
            startsAt = _startsAt,
            endsAt = _startsAt.AddHours(2),
            location = new
            {
                name = "Centre social Les Moulins",
                postalCode = "06200",
                commune = "Nice",
            },
            accessibility,
        };

    private async Task<JsonElement> FlagsAsync(Guid id) =>
        (await Anonymous().GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{id}", UriKind.Relative))).GetProperty(
            "accessibility"
        );

    private async Task<List<Guid>> ListAsync(string accessibility)
    {
        var page = await Anonymous()
            .GetFromJsonAsync<JsonElement>(
                new Uri($"/api/events?organiserId={Organiser}&accessibility={accessibility}", UriKind.Relative)
            );
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }
}
