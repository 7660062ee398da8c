using System.Globalization;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Actions;

/// <summary>
/// The e-mail Keycloak's theme sends for execute-actions, in plain text, in French then English: the realm, the
/// actions, the link and how long it works.
/// </summary>
internal static class ExecuteActionsMail
{
    public const string Subject = "Mettre à jour votre compte / Update Your Account";

    private const string Sender = "no-reply@localhost";

    public static MailMessage Compose(RealmFile realm, Uri link, ExecuteActions actions, TimeSpan lifespan)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(actions);
        var name = realm.DisplayName ?? realm.Realm;
        var body = new StringBuilder()
            .Append("Votre administrateur vient de demander une mise à jour de votre compte ")
            .Append(name)
            .Append(" pour réaliser les actions suivantes : ")
            .AppendJoin(", ", actions.Actions.Select(action => ActionName(action, french: true)))
            .Append(".\nCliquez sur le lien ci-dessous afin de commencer le processus.\n\n")
            .Append(link.AbsoluteUri)
            .Append("\n\nCe lien expire dans ")
            .Append(Duration(lifespan, french: true))
            .Append(".\n\nSi vous n'êtes pas à l'origine de cette requête, veuillez ignorer ce message ; ")
            .Append("aucun changement ne sera effectué sur votre compte.\n\n---\n\n")
            .Append("Your administrator has just requested that you update your ")
            .Append(name)
            .Append(" account by performing the following action(s): ")
            .AppendJoin(", ", actions.Actions.Select(action => ActionName(action, french: false)))
            .Append(".\nClick on the link below to start this process.\n\n")
            .Append(link.AbsoluteUri)
            .Append("\n\nThis link will expire within ")
            .Append(Duration(lifespan, french: false))
            .Append(".\n\nIf you are unaware that your administrator has requested this, just ignore this message and ")
            .Append("nothing will be changed.\n");
        return new MailMessage(new MailAddress(Sender, name), new MailAddress(actions.Email))
        {
            Subject = Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body.ToString(),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
        };
    }

    private static string ActionName(string action, bool french) =>
        (action, french) switch
        {
            (ExecuteActions.UpdatePassword, true) => "Mettre à jour le mot de passe",
            (ExecuteActions.UpdatePassword, false) => "Update Password",
            (ExecuteActions.VerifyEmail, true) => "Vérifier le courriel",
            (ExecuteActions.VerifyEmail, false) => "Verify Email",
            _ => action,
        };

    /// <summary>Keycloak's link expiration: in days, else hours, else minutes, whichever counts it whole.</summary>
    private static string Duration(TimeSpan lifespan, bool french)
    {
        var minutes = (long)lifespan.TotalMinutes;
        var (count, unit) =
            minutes > 0 && minutes % (24 * 60) == 0 ? (minutes / (24 * 60), french ? "jour" : "day")
            : minutes > 0 && minutes % 60 == 0 ? (minutes / 60, french ? "heure" : "hour")
            : (minutes, "minute");
        return string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
    }
}
