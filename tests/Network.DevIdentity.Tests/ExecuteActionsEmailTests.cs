using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Network.DevIdentity.Pages;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// An invitation as the platform sends one: a user created, given a structure and a role, then e-mailed
/// (execute-actions-email) a link to DevIdentity's page, where they choose the password they sign in with.
/// </summary>
public sealed partial class ExecuteActionsEmailTests : IDisposable
{
    private const string Email = "claire.dupont@example.org";
    private const string Password = "Un mot de passe choisi";

    private static readonly string PortalRedirect = Uri.EscapeDataString(TestRealm.PortalRedirectUri);

    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private readonly HttpClient _client;
    private AdminApi? _admin;

    public ExecuteActionsEmailTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _client = _identity.CreateClient();
    }

    [Fact]
    public async Task An_invited_person_chooses_a_password_and_signs_in_with_the_structure_and_role_given()
    {
        var admin = await AdminAsync();
        var id = await InviteeAsync(admin);
        await admin.GiveRoleAsync(id, "partner-admin");

        using var sent = await admin.PutAsync(
            $"users/{id}/execute-actions-email?client_id={TestRealm.PortalClient}&redirect_uri={PortalRedirect}"
                + "&lifespan=3600",
            new[] { "UPDATE_PASSWORD", "VERIFY_EMAIL" }
        );
        var waiting = await admin.UserAsync(id);
        var mail = DevIdentityMail.LatestTo(_realm.MailPath, Email)!;
        using var before = await DevIdentityFactory.PasswordGrantAsync(_client, "claire.dupont", Password);
        using var done = await AccountSetup.SetPasswordAsync(_client, mail.ActionLink, Password);
        var page = await done.Content.ReadAsStringAsync();
        var ready = await admin.UserAsync(id);
        using var grant = await DevIdentityFactory.PasswordGrantAsync(_client, "claire.dupont", Password);
        var token = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(grant));
        using var browser = new Browser(_identity);
        var signedIn = await browser.SignInAsync(AuthorizeRequest.ForPortal(), Email, Password);

        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        Assert.Equal(["UPDATE_PASSWORD", "VERIFY_EMAIL"], DevIdentityFactory.Strings(waiting["requiredActions"]));
        Assert.Equal("Mettre à jour votre compte / Update Your Account", mail.Subject);
        Assert.True(mail.IsTo(Email));
        Assert.Contains("Mettre à jour le mot de passe, Vérifier le courriel", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Ce lien expire dans 1 heure.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Update Password, Verify Email", mail.Body, StringComparison.Ordinal);
        Assert.Contains("This link will expire within 1 hour.", mail.Body, StringComparison.Ordinal);
        Assert.StartsWith(
            "http://localhost/realms/network/login-actions/action-token?key=",
            mail.ActionLink.AbsoluteUri,
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Votre compte a été mis à jour.", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{TestRealm.PortalRedirectUri}\">", page, StringComparison.Ordinal);
        Assert.Empty(ready["requiredActions"]!.AsArray());
        Assert.True(ready["emailVerified"]!.GetValue<bool>());
        Assert.Equal(id, token["sub"]!.GetValue<string>());
        Assert.Contains("partner-admin", DevIdentityFactory.Strings(token["realm_access"]!["roles"]));
        Assert.Equal(TestRealm.FirstPartner.ToString(), token["partner_id"]!.GetValue<string>());
        Assert.Equal("Claire Dupont", token["name"]!.GetValue<string>());
        Assert.True(signedIn.ContainsKey("code"));
    }

    [Fact]
    public async Task A_role_and_a_structure_taken_away_are_gone_from_the_next_token_and_from_userinfo()
    {
        var admin = await AdminAsync();
        var id = TestRealm.IdOf("one.partner");
        var before = await OpenIdTokenAsync("one.partner", "one-password");

        await admin.TakeRoleAsync(id, "partner-staff");
        using var emptied = await admin.PutAsync($"users/{id}", new { attributes = new { } });
        var after = await OpenIdTokenAsync("one.partner", "one-password");
        using var request = new HttpRequestMessage(HttpMethod.Get, DevIdentityFactory.UserInfoPath);
        request.Headers.Authorization = new("Bearer", before);
        using var userInfo = await _client.SendAsync(request);
        var claims = await DevIdentityFactory.JsonOfAsync(userInfo);

        Assert.Contains("partner-staff", RealmRoles(before));
        Assert.NotNull(DevIdentityFactory.PayloadOf(before)["partner_id"]);
        Assert.Equal(HttpStatusCode.NoContent, emptied.StatusCode);
        Assert.DoesNotContain("partner-staff", RealmRoles(after));
        Assert.Null(DevIdentityFactory.PayloadOf(after)["partner_id"]);
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
        Assert.Equal("one.partner", claims["preferred_username"]!.GetValue<string>());
        Assert.Null(claims["partner_id"]);
    }

    [Fact]
    public async Task The_link_serves_once()
    {
        var admin = await AdminAsync();
        var id = await InviteeAsync(admin);
        var link = await SendAsync(admin, id);

        using var first = await AccountSetup.SetPasswordAsync(_client, link, Password);
        using var again = await _client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(SetPasswordPage.LinkInvalid, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_says_each_error_next_to_its_field_and_keeps_nothing_until_both_agree()
    {
        var admin = await AdminAsync();
        var id = await InviteeAsync(admin);
        var link = await SendAsync(admin, id);

        using var page = await _client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        using var empty = await AccountSetup.SetPasswordAsync(_client, link, "");
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        using var differing = await AccountSetup.SetPasswordAsync(_client, link, Password, "Un autre");
        var differingHtml = await differing.Content.ReadAsStringAsync();
        using var refused = await DevIdentityFactory.PasswordGrantAsync(_client, "claire.dupont", Password);
        using var accepted = await AccountSetup.SetPasswordAsync(_client, link, Password);

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Votre nom d'utilisateur : <strong>claire.dupont</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password-new\">Nouveau mot de passe</label>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<label for=\"password-confirm\">Confirmation du mot de passe</label>",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(("password-new", SetPasswordPage.MissingPassword), AlertTiedToField(emptyHtml));
        Assert.Equal(("password-confirm", SetPasswordPage.PasswordsDiffer), AlertTiedToField(differingHtml));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Without_a_way_back_the_page_says_the_account_is_ready()
    {
        var admin = await AdminAsync();
        var id = await InviteeAsync(admin);
        var link = await SendAsync(admin, id, query: "");

        using var done = await AccountSetup.SetPasswordAsync(_client, link, Password);
        var page = await done.Content.ReadAsStringAsync();

        Assert.Contains("Votre compte est prêt", page, StringComparison.Ordinal);
        Assert.Contains("<strong>claire.dupont</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-email", "", """["UPDATE_PASSWORD"]""", "User email missing")]
    [InlineData("disabled", "", """["UPDATE_PASSWORD"]""", "User is disabled")]
    [InlineData(
        "invitee",
        "?redirect_uri=http%3A%2F%2Flocalhost%3A5080%2Fsignin-oidc",
        """["UPDATE_PASSWORD"]""",
        "Client id missing"
    )]
    [InlineData("invitee", "?client_id=network-nobody", """["UPDATE_PASSWORD"]""", "Client doesn't exist")]
    [InlineData(
        "invitee",
        "?client_id=network-portal&redirect_uri=http%3A%2F%2Fevil.example%2Fsignin-oidc",
        """["UPDATE_PASSWORD"]""",
        "Invalid redirect uri."
    )]
    [InlineData("invitee", "", """["CONFIGURE_TOTP"]""", "Provided invalid required actions")]
    [InlineData("invitee", "", """["VERIFY_EMAIL"]""", "Provided invalid required actions")]
    public async Task A_sending_Keycloak_refuses_is_refused_in_its_words_and_writes_no_email(
        string user,
        string query,
        string actions,
        string message
    )
    {
        var admin = await AdminAsync();
        var id = await admin.CreateAsync(
            user switch
            {
                "no-email" => new { username = "claire.dupont", enabled = true },
                "disabled" => new
                {
                    username = "claire.dupont",
                    email = Email,
                    enabled = false,
                },
                _ => (object)
                    new
                    {
                        username = "claire.dupont",
                        email = Email,
                        enabled = true,
                    },
            }
        );
        using var content = new StringContent(actions, System.Text.Encoding.UTF8, "application/json");

        using var response = await admin.Client.PutAsync(
            AdminApi.Path($"users/{id}/execute-actions-email{query}"),
            content
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($$"""{"errorMessage":"{{message}}"}""", await response.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(_realm.MailPath));
    }

    [Fact]
    public async Task A_link_past_its_lifespan_or_to_an_address_since_changed_is_refused()
    {
        var admin = await AdminAsync();
        var id = await InviteeAsync(admin);
        await using var late = new DevIdentityFactory(_realm)
        {
            Time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2)),
        };
        using var lateClient = late.CreateClient();
        lateClient.DefaultRequestHeaders.Authorization = admin.Client.DefaultRequestHeaders.Authorization;
        using var sentLate = await lateClient.PutAsync(
            AdminApi.Path($"users/{id}/execute-actions-email?lifespan=3600"),
            System.Net.Http.Json.JsonContent.Create(new[] { "UPDATE_PASSWORD" })
        );
        var expired = DevIdentityMail.LatestTo(_realm.MailPath, Email)!.ActionLink;
        var current = await SendAsync(admin, id);
        using var moved = await admin.PutAsync($"users/{id}", new { email = "claire@example.org" });

        using var expiredPage = await _client.GetAsync(expired);
        using var movedPage = await _client.GetAsync(current);

        Assert.Equal(HttpStatusCode.NoContent, sentLate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, expiredPage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, movedPage.StatusCode);
    }

    [Fact]
    public async Task Without_a_mail_folder_sending_fails_as_Keycloak_without_a_mail_server()
    {
        await using var identity = new DevIdentityFactory(_realm);
        identity.Settings["DevIdentity:MailPickupDirectory"] = "";
        using var admin = await AdminApi.ConnectAsync(identity);
        var id = await InviteeAsync(admin);

        using var response = await admin.PutAsync($"users/{id}/execute-actions-email", new[] { "UPDATE_PASSWORD" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(
            """{"errorMessage":"Failed to send execute actions email: DevIdentity:MailPickupDirectory is not set"}""",
            await response.Content.ReadAsStringAsync()
        );
    }

    public void Dispose()
    {
        _admin?.Dispose();
        _client.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }

    /// <summary>Claire, created as the platform invites: enabled, to set her password, working for the first
    /// partner.</summary>
    private static Task<string> InviteeAsync(AdminApi admin) =>
        admin.CreateAsync(
            new
            {
                username = "claire.dupont",
                email = Email,
                firstName = "Claire",
                lastName = "Dupont",
                enabled = true,
                requiredActions = new[] { "UPDATE_PASSWORD", "VERIFY_EMAIL" },
                attributes = new { partner_id = new[] { TestRealm.FirstPartner.ToString() } },
            }
        );

    /// <summary>Sends the invitation and reads its link from the e-mail.</summary>
    private async Task<Uri> SendAsync(AdminApi admin, string id, string? query = null)
    {
        query ??= $"?client_id={TestRealm.PortalClient}&redirect_uri={PortalRedirect}";
        using var sent = await admin.PutAsync($"users/{id}/execute-actions-email{query}", new[] { "UPDATE_PASSWORD" });
        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        return DevIdentityMail.LatestTo(_realm.MailPath, Email)!.ActionLink;
    }

    private async Task<string> OpenIdTokenAsync(string username, string password)
    {
        using var response = await _client.PostAsync(
            DevIdentityFactory.TokenPath,
            DevIdentityFactory.Form(
                ("grant_type", "password"),
                ("client_id", TestRealm.CliClient),
                ("username", username),
                ("password", password),
                ("scope", "openid")
            )
        );
        return await DevIdentityFactory.AccessTokenOfAsync(response);
    }

    private static IReadOnlyList<string> RealmRoles(string token) =>
        DevIdentityFactory.Strings(DevIdentityFactory.PayloadOf(token)["realm_access"]!["roles"]);

    /// <summary>The page's only alert, and the field that names it as its description.</summary>
    private static (string Field, string Message) AlertTiedToField(string html)
    {
        var alert = Assert.Single(Alert().Matches(html));
        var field = Assert.Single(DescribedField().Matches(html), match =>
            match.Groups["by"].Value == alert.Groups["id"].Value
        );
        return (field.Groups["field"].Value, System.Net.WebUtility.HtmlDecode(alert.Groups["text"].Value));
    }

    private async Task<AdminApi> AdminAsync() => _admin ??= await AdminApi.ConnectAsync(_identity);

    [GeneratedRegex("<p id=\"(?<id>[^\"]+)\" class=\"erreur\" role=\"alert\">(?<text>[^<]*)</p>")]
    private static partial Regex Alert();

    [GeneratedRegex("<input id=\"(?<field>[^\"]+)\"[^>]* aria-invalid=\"true\" aria-describedby=\"(?<by>[^\"]+)\"")]
    private static partial Regex DescribedField();
}
