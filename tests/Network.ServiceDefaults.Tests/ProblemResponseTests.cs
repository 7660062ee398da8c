using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.ServiceDefaults.Tests;

/// <summary>What a client can send wrong is a 4xx problem that says what and where, never a 500.</summary>
public sealed class ProblemResponseTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    private HttpClient Staff() => Service.Client(Infrastructure.Issuer.TokenFor(TestUser.Staff(PartnerA)));

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("{\"text\": ", "text")]
    [InlineData("{\"text\": 5}", "text")]
    [InlineData("{\"text\": null}", "text")]
    [InlineData("{\"text\": \"a\", \"extra\": 1}", "extra")]
    [InlineData("{\"text\": \"a\", \"text\": \"b\"}", "text")]
    [InlineData("{\"text\": \"\\ud800\"}", "text")]
    [InlineData(
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
            + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "body"
    )]
    public async Task A_malformed_body_is_400_naming_the_problem(string body, string field)
    {
        using var client = Staff();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/notes", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.True(
            problem.GetProperty("errors").TryGetProperty(field, out _),
            $"errors should name '{field}': {problem}"
        );
        Assert.DoesNotMatch(@"\b(System|Microsoft|Network)\.[A-Z]|Exception", problem.ToString());
        Assert.Equal(0, await Service.WithDbAsync(db => Task.FromResult(db.Notes.Count())));
    }

    [Fact]
    public async Task Declared_rules_and_rules_between_fields_answer_one_400_naming_every_field_as_sent()
    {
        using var client = Service.Client();
        var response = await client.PostAsJsonAsync(
            "/api/visits",
            new
            {
                name = "Une visite au nom bien trop long\n",
                place = new { },
                stops = new[] { new { commune = "Nice" }, new { commune = "Villefranche-sur-Mer" } },
                startsAt = DateTimeOffset.UtcNow.AddDays(2),
                endsAt = DateTimeOffset.UtcNow.AddDays(1),
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("urn:network:problem:invalid-request", problem.GetProperty("type").GetString());
        Assert.Equal("La demande contient des erreurs.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(
            ["endsAt", "name", "place.commune", "stops[1].commune"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
        );
        Assert.Equal(
            ["Le nom fait au plus 20 caractères.", Problems.ValidationErrors.SingleLineMessage],
            errors.GetProperty("name").EnumerateArray().Select(m => m.GetString())
        );
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var client = Staff();
        using var content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await client.PostAsync(new Uri("/api/notes", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        using var client = Staff();
        var response = await client.PostAsJsonAsync("/api/notes", new { text = new string('x', 2 * 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_resource_is_a_404_problem()
    {
        using var client = Staff();
        var response = await client.GetAsync(new Uri($"/api/notes/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await ProblemAsync(response)).GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
