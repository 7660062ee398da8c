using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Partners;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Partners.Tests;

/// <summary>pending → active ⇄ suspended, archived from anywhere; each step kept with its reason, announced, and only
/// legal steps allowed.</summary>
public sealed class LifecycleTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    [Fact]
    public async Task A_partner_goes_through_its_life_cycle_with_a_history_of_reasons()
    {
        await using var suspended = await MessageProbe.StartAsync<PartnerSuspended>(RabbitMq);
        using var coordinator = Coordinator();
        var id = await ApplyAsync();

        Assert.Equal("active", await StepAsync(coordinator, id, "approve", null));
        Assert.Equal(
            "suspended",
            await StepAsync(coordinator, id, "suspend", new { reason = "Ne répond plus depuis six mois." })
        );
        Assert.Equal("active", await StepAsync(coordinator, id, "reactivate", null));
        Assert.Equal("archived", await StepAsync(coordinator, id, "archive", new { reason = "Structure dissoute." }));

        var history = (
            await coordinator.GetFromJsonAsync<JsonElement>(new Uri($"/api/partners/{id}/history", UriKind.Relative))
        )
            .EnumerateArray()
            .ToList();
        Assert.Equal(
            ["pending", "active", "suspended", "active", "archived"],
            history.Select(entry => entry.GetProperty("to").GetString())
        );
        Assert.Equal("Ne répond plus depuis six mois.", history[2].GetProperty("reason").GetString());
        Assert.Equal("suspended", history[3].GetProperty("from").GetString());
        Assert.All(history.Skip(1), entry => Assert.False(string.IsNullOrEmpty(entry.GetProperty("by").GetString())));

        await Eventually.AssertAsync(
            () => Task.FromResult(suspended.Deliveries.Count == 1),
            "PartnerSuspended is published"
        );
        var message = JsonDocument
            .Parse(suspended.Deliveries.Single().Text)
            .RootElement.GetProperty("message")
            .GetProperty("partner");
        Assert.Equal("suspended", message.GetProperty("status").GetString());
        Assert.Equal(id, message.GetProperty("partnerId").GetGuid());
    }

    [Theory]
    [InlineData("reactivate", "active")]
    [InlineData("approve", "active")]
    public async Task An_illegal_step_is_409_naming_the_current_status(string action, string current)
    {
        using var coordinator = Coordinator();
        var response = await coordinator.PostAsync(
            new Uri($"/api/partners/{Moulins}/{action}", UriKind.Relative),
            null
        );

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(current, problem.RootElement.GetProperty("currentStatus").GetString());
        Assert.Equal(
            ("urn:network:problem:conflict", "L'état actuel ne permet pas cette action."),
            (problem.RootElement.GetProperty("type").GetString(), problem.RootElement.GetProperty("title").GetString())
        );
        Assert.Single(problem.RootElement.EnumerateObject(), property => property.Name == "status");
    }

    [Fact]
    public async Task An_archived_partner_stays_archived_and_its_profile_frozen()
    {
        using var coordinator = Coordinator();
        Assert.Equal("archived", await StepAsync(coordinator, Moulins, "archive", null));

        Assert.Equal(
            HttpStatusCode.Conflict,
            (await coordinator.PostAsJsonAsync($"/api/partners/{Moulins}/archive", new { })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await coordinator.PutAsJsonAsync($"/api/partners/{Moulins}", Profile())).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await Anonymous().GetAsync(new Uri($"/api/partners/{Moulins}", UriKind.Relative))).StatusCode
        );
    }

    [Fact]
    public async Task Suspending_needs_a_reason()
    {
        using var coordinator = Coordinator();
        var response = await coordinator.PostAsJsonAsync($"/api/partners/{Moulins}/suspend", new { reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(
            (await response.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("reason", out _)
        );
    }

    private async Task<Guid> ApplyAsync()
    {
        using var newcomer = Newcomer();
        var response = await newcomer.PostAsJsonAsync("/api/partners", Profile());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> StepAsync(HttpClient coordinator, Guid id, string action, object? body)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/partners/{id}/{action}", body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }
}
