using System.Net;
using System.Text.RegularExpressions;

namespace Network.Benchmarks;

/// <summary>
/// A person signed in to the portal the way a browser signs in, through the gateway: the portal's sign-in link
/// redirects to the identity provider's authorization endpoint (authorization code with PKCE), its login form is
/// posted with the person's user name and password, the answer comes back to the portal's <c>/signin-oidc</c> as a
/// form a browser posts itself (response_mode=form_post, the portal's choice), and the portal answers with its session
/// cookie and the page asked for.
/// </summary>
internal sealed partial class PortalSession
{
    /// <summary>The portal's session cookie: only the key of a session the portal keeps on its side.</summary>
    public const string SessionCookie = "network-portal";

    private const string CallbackPath = "/signin-oidc";
    private const string SignOutButton = "Se déconnecter";
    private const int MostRedirects = 10;

    private PortalSession(string cookies) => Cookies = cookies;

    /// <summary>The Cookie header a browser of this session sends to the portal's pages: its session cookie, and the
    /// antiforgery cookie the pages gave it.</summary>
    public string Cookies { get; }

    /// <summary>Signs <paramref name="userName"/> in (a demo user, whose password is the user name) from the
    /// portal's sign-in link, which brings them back to <paramref name="returnPath"/>.</summary>
    public static async Task<PortalSession> SignInAsync(Uri gateway, string userName, string returnPath)
    {
        var jar = new CookieContainer();
        using var browser = new HttpClient(
            new BrowserCookies(jar)
            {
                InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false },
            }
        );
        var signIn = new Uri(gateway, $"/connexion?retour={Uri.EscapeDataString(returnPath)}");
        var login = HtmlForm.Parse(await FollowAsync(browser, HttpMethod.Get, signIn));
        var answer = await FollowAsync(
            browser,
            HttpMethod.Post,
            login.Action,
            login.With(("username", userName), ("password", userName))
        );

        // With response_mode=form_post the identity provider answers with a form that submits itself to the portal;
        // with a redirect (the query mode), the answer was already followed to the portal.
        if (
            HtmlForm.TryParse(answer) is { } callback
            && callback.Action.AbsolutePath.EndsWith(CallbackPath, StringComparison.Ordinal)
        )
        {
            answer = await FollowAsync(browser, HttpMethod.Post, callback.Action, callback.With());
        }

        var page = new Uri(gateway, returnPath);
        if (answer.Address.GetLeftPart(UriPartial.Path) != page.GetLeftPart(UriPartial.Path))
        {
            throw new InvalidOperationException(
                $"Signing {userName} in ended at {answer.Address}, not at {page}:\n{answer.Html}"
            );
        }

        if (!answer.Html.Contains(SignOutButton, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{page} does not show {userName} signed in:\n{answer.Html}");
        }

        var cookies = jar.GetCookieHeader(BrowserCookies.AsBrowserSees(page));
        if (jar.GetAllCookies()[SessionCookie] is null)
        {
            throw new InvalidOperationException($"The portal gave no {SessionCookie} cookie; a browser has: {cookies}");
        }

        return new PortalSession(cookies);
    }

    /// <summary>
    /// The HTML of <paramref name="page"/> asked for with this session's cookies and nothing else (as the load
    /// generator asks for it); a redirect, to the sign-in or elsewhere, is not the page.
    /// </summary>
    public async Task<string> PageAsync(Uri page)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Add("Cookie", Cookies);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? html
            : throw new InvalidOperationException(
                $"{page} answered {(int)response.StatusCode} {response.Headers.Location}, not the page:\n{html}"
            );
    }

    /// <summary>Sends a request and follows its redirects as a browser does (a GET each time), to a page that
    /// answers 200.</summary>
    private static async Task<Page> FollowAsync(
        HttpClient browser,
        HttpMethod method,
        Uri address,
        HttpContent? content = null
    )
    {
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(method, address) { Content = content };
            using var response = await browser.SendAsync(request);
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (redirects == MostRedirects)
                {
                    throw new InvalidOperationException($"More than {MostRedirects} redirects from {address}.");
                }

                (method, address, content) = (HttpMethod.Get, new Uri(address, location), null);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK
                ? new Page(address, html)
                : throw new InvalidOperationException(
                    $"{method} {address} answered {(int)response.StatusCode}:\n{html}"
                );
        }
    }

    private sealed record Page(Uri Address, string Html);

    /// <summary>A page's form, read as a browser reads it: where it posts and its hidden fields.</summary>
    private sealed partial record HtmlForm(Uri Action, IReadOnlyList<KeyValuePair<string, string>> Hidden)
    {
        public static HtmlForm Parse(Page page) =>
            TryParse(page) ?? throw new InvalidOperationException($"No form in {page.Address}:\n{page.Html}");

        public static HtmlForm? TryParse(Page page)
        {
            var form = FormTag().Match(page.Html);
            if (!form.Success)
            {
                return null;
            }

            return new HtmlForm(
                new Uri(page.Address, WebUtility.HtmlDecode(form.Groups["action"].Value)),
                [
                    .. HiddenInput()
                        .Matches(page.Html)
                        .Select(input =>
                            KeyValuePair.Create(
                                WebUtility.HtmlDecode(input.Groups["name"].Value),
                                WebUtility.HtmlDecode(input.Groups["value"].Value)
                            )
                        ),
                ]
            );
        }

        /// <summary>The hidden fields and the given ones, form-encoded.</summary>
        public FormUrlEncodedContent With(params (string Name, string Value)[] fields) =>
            new(Hidden.Concat(fields.Select(field => KeyValuePair.Create(field.Name, field.Value))));

        [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\">")]
        private static partial Regex FormTag();

        [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
        private static partial Regex HiddenInput();
    }

    /// <summary>
    /// A browser's cookies, kept across the portal and the identity provider. Browsers take <c>http://localhost</c>
    /// for a secure context: they keep and send the cookies marked Secure there, as the portal's correlation and
    /// nonce cookies of the sign-in are. <see cref="CookieContainer"/> would not send them over http, so a loopback
    /// address is looked up as its https twin.
    /// </summary>
    private sealed class BrowserCookies(CookieContainer jar) : DelegatingHandler
    {
        public static Uri AsBrowserSees(Uri address) =>
            address.IsLoopback && address.Scheme == Uri.UriSchemeHttp
                ? new UriBuilder(address) { Scheme = Uri.UriSchemeHttps }.Uri
                : address;

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            var address = request.RequestUri!;
            if (jar.GetCookieHeader(AsBrowserSees(address)) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    jar.SetCookies(address, setCookie);
                }
            }

            return response;
        }
    }
}
