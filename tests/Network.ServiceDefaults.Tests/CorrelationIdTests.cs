using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.ServiceDefaults.Telemetry;
using Network.Testing;

namespace Network.ServiceDefaults.Tests;

/// <summary><c>X-Correlation-Id</c> comes back on every response and is the trace id found in logs and
/// problems.</summary>
public sealed class CorrelationIdTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task Without_one_a_new_id_is_returned_and_it_is_the_trace_id()
    {
        using var client = Service.Client();
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));

        var correlationId = Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName));
        Assert.True(CorrelationId.IsTraceId(correlationId), correlationId);
        Assert.Equal(correlationId, await TraceIdOfProblemAsync(response));
    }

    [Fact]
    public async Task A_trace_shaped_id_is_echoed_and_becomes_the_trace_id()
    {
        var sent = Guid.NewGuid().ToString("N");
        using var client = Service.Client();
        client.DefaultRequestHeaders.Add(CorrelationId.HeaderName, sent);
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));

        Assert.Equal(sent, Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName)));
        Assert.Equal(sent, await TraceIdOfProblemAsync(response));
    }

    [Theory]
    [InlineData("ticket-4242")]
    public async Task Any_other_safe_id_is_echoed(string sent)
    {
        using var client = Service.Client();
        client.DefaultRequestHeaders.Add(CorrelationId.HeaderName, sent);
        var response = await client.GetAsync(new Uri("/api/public", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sent, Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName)));
    }

    [Fact]
    public async Task An_unsafe_id_is_replaced_by_the_trace_id()
    {
        using var client = Service.Client();
        client.DefaultRequestHeaders.TryAddWithoutValidation(CorrelationId.HeaderName, new string('a', 500));
        var response = await client.GetAsync(new Uri("/api/public", UriKind.Relative));

        Assert.True(CorrelationId.IsTraceId(Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName))));
    }

    private static async Task<string> TraceIdOfProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("traceId").GetString()!;
    }
}
