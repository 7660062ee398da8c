using System.Net;
using Network.Testing;

namespace Network.ServiceDefaults.Tests;

/// <summary><c>/alive</c> answers while the process runs; <c>/ready</c> while the database answers; <c>/health</c>
/// only while the database and broker answer.</summary>
public sealed class HealthTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task Alive_and_healthy_without_a_token()
    {
        using var client = Service.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/alive", UriKind.Relative))).StatusCode);
        await Eventually.AssertAsync(
            async () => (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            "the service reports healthy"
        );
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        using var client = Service.Client();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/notes", document, StringComparison.Ordinal);
        Assert.Contains("bearer", document, StringComparison.Ordinal);
    }
}
