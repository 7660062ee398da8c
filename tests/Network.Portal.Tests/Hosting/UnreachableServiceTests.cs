using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Network.Testing;

namespace Network.Portal.Tests.Hosting;

/// <summary>When the API does not answer, a person gets a polite page with a way back: never a stack trace, never half
/// a page.</summary>
public sealed class UnreachableServiceTests : IDisposable
{
    private readonly WebApplicationFactory<PortalMarker> _portal =
        new WebApplicationFactory<PortalMarker>().WithWebHostBuilder(host =>
            host.UseSetting("Portal:Api", $"http://127.0.0.1:{FreePort.Next()}")
                .UseSetting("Keycloak:auth-server-url", $"http://127.0.0.1:{FreePort.Next()}")
        );

    [Theory]
    [InlineData("/ateliers")]
    [InlineData("/structures")]
    [InlineData("/")]
    public async Task A_page_whose_service_does_not_answer_says_so_politely(string path)
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync(path);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("<h1>Service momentanément indisponible</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Retourner à l'accueil", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_needs_no_service_still_answers()
    {
        using var client = _portal.CreateClient();

        using var response = await client.GetAsync("/donnees-personnelles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
