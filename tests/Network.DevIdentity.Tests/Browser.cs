using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// A browser at DevIdentity, and the portal's back channel beside it: the browser keeps its cookies and shows
/// redirects instead of following them, so that each step of a sign-in can be looked at.
/// </summary>
public sealed class Browser(DevIdentityFactory identity) : IDisposable
{
    public HttpClient Client { get; } =
        identity.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task<HttpResponseMessage> AuthorizeAsync(AuthorizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Client.GetAsync(request.Uri());
    }

    /// <summary>Fills in and posts the login form of <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> LogInAsync(HttpResponseMessage page, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = DevIdentityForm.Parse(await page.Content.ReadAsStringAsync());
        using var content = form.With(("username", username), ("password", password));
        return await Client.PostAsync(form.Action, content);
    }

    /// <summary>The whole front channel: request, login form, credentials; the parameters the client
    /// receives.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SignInAsync(
        AuthorizeRequest request,
        string username = "one.partner",
        string password = "one-password"
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        using var page = await AuthorizeAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var redirect = await LogInAsync(page, username, password);
        return RedirectParameters(redirect, request.RedirectUri!);
    }

    /// <summary>The query parameters of a redirect to <paramref name="redirectUri"/>, which it must be.</summary>
    public static IReadOnlyDictionary<string, string> RedirectParameters(
        HttpResponseMessage response,
        string redirectUri
    )
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(redirectUri + "?", location.OriginalString, StringComparison.Ordinal);
        return QueryHelpers
            .ParseQuery(location.Query)
            .ToDictionary(parameter => parameter.Key, parameter => parameter.Value.ToString());
    }

    /// <summary>The portal's code exchange, as its OpenID Connect handler makes it (client_secret_post).</summary>
    public Task<HttpResponseMessage> ExchangeAsync(
        string code,
        AuthorizeRequest request,
        string clientId = TestRealm.PortalClient,
        string secret = TestRealm.PortalSecret
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        return TokenRequestAsync(
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", request.RedirectUri ?? ""),
            ("code_verifier", request.Verifier),
            ("client_id", clientId),
            ("client_secret", secret)
        );
    }

    public Task<HttpResponseMessage> RefreshAsync(
        string refreshToken,
        string clientId = TestRealm.PortalClient,
        string secret = TestRealm.PortalSecret
    ) =>
        TokenRequestAsync(
            ("grant_type", "refresh_token"),
            ("refresh_token", refreshToken),
            ("client_id", clientId),
            ("client_secret", secret)
        );

    public async Task<HttpResponseMessage> TokenRequestAsync(params (string Name, string Value)[] fields)
    {
        using var content = DevIdentityFactory.Form(fields);
        return await Client.PostAsync(DevIdentityFactory.TokenPath, content);
    }

    /// <summary>Signs in and exchanges the code: the token response's body.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject> TokensAsync(
        AuthorizeRequest request,
        string username = "one.partner",
        string password = "one-password"
    )
    {
        var parameters = await SignInAsync(request, username, password);
        using var response = await ExchangeAsync(parameters["code"], request);
        var body = await DevIdentityFactory.JsonOfAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    public void Dispose() => Client.Dispose();
}
