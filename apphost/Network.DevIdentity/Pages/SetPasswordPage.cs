using System.Text;

namespace Network.DevIdentity.Pages;

/// <summary>
/// The page of an execute-actions link: the new password typed twice, each error announced as an alert next to the
/// field it concerns and tied to it, a plain form post; then the account ready, with the way back to the client
/// when the e-mail named one.
/// </summary>
internal static class SetPasswordPage
{
    public const string Title = "Choisir votre mot de passe";
    public const string MissingPassword = "Saisissez un mot de passe.";
    public const string PasswordsDiffer = "Les mots de passe ne sont pas identiques.";
    public const string LinkInvalid =
        "Ce lien n'est plus valide : il a expiré ou a déjà servi. Demandez-en un nouveau à la personne qui "
        + "gère votre compte.";

    public const string NewPasswordField = "password-new";
    public const string ConfirmationField = "password-confirm";

    /// <param name="realmName">The realm's display name, under the title.</param>
    /// <param name="action">Where the form posts.</param>
    /// <param name="key">The link's key, which the post must carry.</param>
    /// <param name="username">The name the person signs in with.</param>
    /// <param name="newPasswordError">What is wrong with the new password, if anything.</param>
    /// <param name="confirmationError">What is wrong with its confirmation, if anything.</param>
    public static HtmlPage Form(
        string realmName,
        string action,
        string key,
        string username,
        string? newPasswordError = null,
        string? confirmationError = null
    )
    {
        var body = new StringBuilder()
            .Append("<p>")
            .Append(HtmlPage.Encode(realmName))
            .Append("</p>\n<p>Votre nom d'utilisateur : <strong>")
            .Append(HtmlPage.Encode(username))
            .Append("</strong></p>\n<form method=\"post\" action=\"")
            .Append(HtmlPage.Encode(action))
            .Append("\">\n<input type=\"hidden\" name=\"key\" value=\"")
            .Append(HtmlPage.Encode(key))
            .Append("\">\n");
        Field(body, NewPasswordField, "Nouveau mot de passe", newPasswordError, autofocus: confirmationError is null);
        Field(
            body,
            ConfirmationField,
            "Confirmation du mot de passe",
            confirmationError,
            autofocus: confirmationError is not null
        );
        body.Append("<button type=\"submit\">Enregistrer le mot de passe</button>\n</form>\n");
        return new HtmlPage(Title, body.ToString());
    }

    /// <param name="username">The name the person signs in with.</param>
    /// <param name="redirectUri">The client's page the e-mail leads back to, already checked; null when none.</param>
    public static HtmlPage Done(string username, string? redirectUri)
    {
        var body = new StringBuilder().Append("<p>Votre compte a été mis à jour.</p>\n");
        if (redirectUri is null)
        {
            body.Append("<p>Votre compte est prêt : connectez-vous avec votre nom d'utilisateur <strong>")
                .Append(HtmlPage.Encode(username))
                .Append("</strong> et ce mot de passe.</p>\n");
        }
        else
        {
            body.Append("<p><a href=\"")
                .Append(HtmlPage.Encode(redirectUri))
                .Append("\">« Retour à l'application</a></p>\n");
        }

        return new HtmlPage("Compte mis à jour", body.ToString());
    }

    private static void Field(StringBuilder body, string name, string label, string? error, bool autofocus)
    {
        var errorId = $"erreur-{name}";
        body.Append("<label for=\"").Append(name).Append("\">").Append(label).Append("</label>\n");
        if (error is not null)
        {
            body.Append("<p id=\"")
                .Append(errorId)
                .Append("\" class=\"erreur\" role=\"alert\">")
                .Append(HtmlPage.Encode(error))
                .Append("</p>\n");
        }

        body.Append("<input id=\"")
            .Append(name)
            .Append("\" name=\"")
            .Append(name)
            .Append("\" type=\"password\" autocomplete=\"new-password\" required")
            .Append(autofocus ? " autofocus" : "")
            .Append(error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{errorId}\"")
            .Append(">\n");
    }
}
