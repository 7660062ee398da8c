using System.Text;

namespace Network.DevIdentity.Pages;

/// <summary>The pages that only tell something: an error that cannot go back to the client, a logout.</summary>
internal static class MessagePages
{
    public const string ErrorTitle = "Nous sommes désolés…";
    public const string LoggedOut = "Vous êtes déconnecté·e.";
    public const string CookieNotFound =
        "Cookie introuvable. Assurez-vous que les cookies sont activés dans votre navigateur.";
    public const string LoginExpired =
        "Cette page de connexion a expiré. Retournez sur l'application et connectez-vous de nouveau.";
    public const string InvalidRequest = "Requête invalide.";

    public static HtmlPage Error(string message, int statusCode = StatusCodes.Status400BadRequest) =>
        new(ErrorTitle, $"<p class=\"erreur\" role=\"alert\">{HtmlPage.Encode(message)}</p>\n", statusCode);

    public static HtmlPage SignedOut() => new("Déconnexion", $"<p>{LoggedOut}</p>\n");

    /// <summary>Keycloak asks before it ends a session that no ID token names: a link alone must not sign anyone
    /// out.</summary>
    public static HtmlPage LogoutConfirmation(string action, string sessionCode) =>
        new(
            "Déconnexion",
            new StringBuilder()
                .Append("<p>Voulez-vous vous déconnecter ?</p>\n")
                .Append("<form method=\"post\" action=\"")
                .Append(HtmlPage.Encode(action))
                .Append("\">\n")
                .Append("<input type=\"hidden\" name=\"session_code\" value=\"")
                .Append(HtmlPage.Encode(sessionCode))
                .Append("\">\n")
                .Append("<button type=\"submit\">Se déconnecter</button>\n")
                .Append("</form>\n")
                .ToString()
        );

    /// <summary>
    /// The form_post response mode: a form of the response's parameters that submits itself to the client, with a
    /// button for a browser without JavaScript.
    /// </summary>
    public static HtmlPage FormPost(string redirectUri, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var body = new StringBuilder()
            .Append("<form method=\"post\" action=\"")
            .Append(HtmlPage.Encode(redirectUri))
            .Append("\">\n");
        foreach (var (name, value) in parameters)
        {
            body.Append("<input type=\"hidden\" name=\"")
                .Append(HtmlPage.Encode(name))
                .Append("\" value=\"")
                .Append(HtmlPage.Encode(value))
                .Append("\">\n");
        }

        body.Append("<noscript><p>JavaScript est désactivé : cliquez sur le bouton pour revenir à l'application.</p>")
            .Append("<button type=\"submit\">Continuer</button></noscript>\n")
            .Append("</form>\n");
        return new HtmlPage("Connexion en cours", body.ToString()) { AllowsInlineScript = true };
    }
}
