using System.Text;

namespace Network.DevIdentity.Pages;

/// <summary>
/// The login form: labelled fields, an error announced as an alert and tied to the fields it concerns, and a plain
/// form post, so that it works with JavaScript off.
/// </summary>
internal static class LoginPage
{
    public const string Title = "Connexion";
    public const string InvalidCredentials = "Nom d'utilisateur ou mot de passe incorrect.";
    public const string AccountDisabled = "Compte désactivé, contactez votre administrateur.";
    public const string AccountNotSetUp = "Ce compte doit encore être configuré par un administrateur avant de servir.";

    private const string ErrorId = "erreur-connexion";

    /// <param name="realmName">The realm's display name, under the title.</param>
    /// <param name="action">Where the form posts.</param>
    /// <param name="sessionCode">The id of the pending login, which the post must carry.</param>
    /// <param name="username">The user name to show again, if any.</param>
    /// <param name="error">The error of the previous attempt, if any.</param>
    public static HtmlPage Render(string realmName, string action, string sessionCode, string? username, string? error)
    {
        var invalid = error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{ErrorId}\"";
        var focusPassword = !string.IsNullOrEmpty(username);
        var body = new StringBuilder().Append("<p>").Append(HtmlPage.Encode(realmName)).Append("</p>\n");
        if (error is not null)
        {
            body.Append("<p id=\"")
                .Append(ErrorId)
                .Append("\" class=\"erreur\" role=\"alert\">")
                .Append(HtmlPage.Encode(error))
                .Append("</p>\n");
        }

        body.Append("<form method=\"post\" action=\"")
            .Append(HtmlPage.Encode(action))
            .Append("\">\n")
            .Append("<input type=\"hidden\" name=\"session_code\" value=\"")
            .Append(HtmlPage.Encode(sessionCode))
            .Append("\">\n")
            .Append("<label for=\"username\">Nom d'utilisateur</label>\n")
            .Append("<input id=\"username\" name=\"username\" type=\"text\" value=\"")
            .Append(HtmlPage.Encode(username))
            .Append('"')
            .Append(" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required")
            .Append(focusPassword ? "" : " autofocus")
            .Append(invalid)
            .Append(">\n")
            .Append("<label for=\"password\">Mot de passe</label>\n")
            .Append(
                "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required"
            )
            .Append(focusPassword ? " autofocus" : "")
            .Append(invalid)
            .Append(">\n")
            .Append("<button type=\"submit\">Se connecter</button>\n")
            .Append("</form>\n");
        return new HtmlPage(Title, body.ToString());
    }
}
