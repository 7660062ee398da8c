using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Network.Portal.Api;

namespace Network.Portal.Tests.Api;

/// <summary>How the pages' one client of the API carries versions and creation keys, and what it makes of the
/// answers.</summary>
public sealed class PortalApiTests
{
    [Fact]
    public async Task A_read_gives_the_version_an_edit_sends_back_and_a_stale_edit_says_so()
    {
        var server = new Recorder(request =>
            request.Method == HttpMethod.Get
                ? Json(HttpStatusCode.OK, """{"title":"Atelier"}""", etag: "\"7\"")
                : Json(
                    HttpStatusCode.PreconditionFailed,
                    """{"status":412,"title":"La ressource a changé depuis votre lecture."}"""
                )
        );
        var api = new PortalApi(new HttpClient(server) { BaseAddress = new Uri("http://gateway") });

        var read = await api.GetAsync<Titled>("/api/events/1");
        var edit = await api.PutAsync<Titled>("/api/events/1", new { title = "Autre" }, read.ETag!);

        Assert.Equal(("Atelier", "\"7\""), (read.Value!.Title, read.ETag));
        Assert.Equal("\"7\"", server.Last!.Headers.IfMatch.Single().ToString());
        Assert.True(edit.Problem!.IsStale);
    }

    [Fact]
    public async Task A_creation_sends_its_key_and_a_conflict_keeps_the_current_state()
    {
        var server = new Recorder(_ =>
            Json(
                HttpStatusCode.Conflict,
                """
                {
                  "status": 409,
                  "detail": "Un événement au statut « cancelled » ne peut pas être publié.",
                  "currentStatus": "cancelled"
                }
                """
            )
        );
        var api = new PortalApi(new HttpClient(server) { BaseAddress = new Uri("http://gateway") });

        var answer = await api.PostAsync<Titled>("/api/events", new { title = "Atelier" }, "clé-1");

        Assert.Equal("clé-1", server.Last!.Headers.GetValues("Idempotency-Key").Single());
        Assert.Equal("cancelled", answer.Problem!.CurrentStatus);
        Assert.StartsWith(
            "Ce n'est plus possible",
            Network.Portal.Formatting.ProblemText.Sentence(answer.Problem),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_action_answered_without_content_succeeds()
    {
        var api = new PortalApi(
            new HttpClient(new Recorder(_ => new HttpResponseMessage(HttpStatusCode.NoContent)))
            {
                BaseAddress = new Uri("http://gateway"),
            }
        );

        var answer = await api.PostAsync<Titled>("/api/events/1/registrations/2/erase", null);

        Assert.True(answer.Succeeded);
        Assert.Null(answer.Value);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body, string? etag = null)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(
                body,
                Encoding.UTF8,
                status < HttpStatusCode.BadRequest ? "application/json" : "application/problem+json"
            ),
        };
        if (etag is not null)
        {
            response.Headers.ETag = EntityTagHeaderValue.Parse(etag);
        }

        return response;
    }

    private sealed record Titled(string Title);

    private sealed class Recorder(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            Last = request;
            return Task.FromResult(answer(request));
        }
    }
}
