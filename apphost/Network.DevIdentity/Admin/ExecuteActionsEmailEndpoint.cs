using System.Globalization;
using Network.DevIdentity.Actions;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Endpoints;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// <c>PUT /admin/realms/{realm}/users/{id}/execute-actions-email?client_id=&amp;redirect_uri=&amp;lifespan=</c>
/// with the actions as body: Keycloak's checks in its order, then the e-mail it would send, written to the mail
/// pickup folder, with a link to the page that performs them. As in Keycloak, the user's required actions are not
/// changed: the link carries its own. DevIdentity's page sets a password, so the actions must include
/// <c>UPDATE_PASSWORD</c> and may include <c>VERIFY_EMAIL</c>.
/// </summary>
internal static class ExecuteActionsEmailEndpoint
{
    public static async Task<IResult> HandleAsync(
        string id,
        HttpContext context,
        RealmStore store,
        ClientRedirects redirects,
        ActionTokens tokens,
        MailPickup pickup,
        TimeProvider time
    )
    {
        var (actions, error) = await AdminJson.ReadAsync<List<string>>(context.Request).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var realm = store.Current;
        if (realm.FindBySubject(id) is not { } user)
        {
            return AdminErrors.UserNotFound();
        }

        var query = context.Request.Query;
        var (clientId, redirectUri) = (Parameter(query, "client_id"), Parameter(query, "redirect_uri"));
        var client = clientId is null ? null : realm.FindClient(clientId);
        var refusal =
            user.Email is null ? "User email missing"
            : !user.Enabled ? "User is disabled"
            : redirectUri is not null && clientId is null ? "Client id missing"
            : clientId is not null && client is null ? "Client doesn't exist"
            : client is { Enabled: false } ? "Client is not enabled"
            : null;
        var verifiedRedirect =
            client is null || redirectUri is null
                ? null
                : redirects.VerifyRedirectUri(client, redirectUri, required: true);
        refusal ??=
            redirectUri is not null && verifiedRedirect is null ? "Invalid redirect uri."
            : actions is null
            || !actions.Contains(ExecuteActions.UpdatePassword)
            || actions.Except(ExecuteActions.Performed).Any()
                ? "Provided invalid required actions"
            : null;
        if (refusal is not null)
        {
            return AdminErrors.BadRequest(refusal);
        }

        if (!pickup.IsConfigured)
        {
            return AdminErrors.Message(
                StatusCodes.Status500InternalServerError,
                "Failed to send execute actions email: DevIdentity:MailPickupDirectory is not set"
            );
        }

        var lifespan = int.TryParse(
            Parameter(query, "lifespan"),
            NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var seconds
        )
            ? TimeSpan.FromSeconds(seconds)
            : realm.AdminActionLifetime;
        var issuer = RealmIssuer.Of(context.Request, realm.Realm);
        var invitation = new ExecuteActions(
            user.SubjectIn(realm.Realm),
            user.Email!,
            actions!.Distinct(StringComparer.Ordinal).ToList(),
            client?.ClientId,
            verifiedRedirect,
            time.GetUtcNow()
        );
        var key = tokens.Issue(issuer, invitation, lifespan);
        using var message = ExecuteActionsMail.Compose(
            realm,
            new Uri($"{issuer}/login-actions/action-token?key={Uri.EscapeDataString(key)}"),
            invitation,
            lifespan
        );
        await pickup.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static string? Parameter(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values[0] is { Length: > 0 } value ? value : null;
}
