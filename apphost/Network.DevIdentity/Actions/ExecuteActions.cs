namespace Network.DevIdentity.Actions;

/// <summary>What the link of an execute-actions e-mail stands for (Keycloak's
/// <c>ExecuteActionsActionToken</c>).</summary>
/// <param name="UserId">The user who must act.</param>
/// <param name="Email">The address it was sent to: the link dies if the user's e-mail changes.</param>
/// <param name="Actions">The required actions to perform, e.g. <c>UPDATE_PASSWORD</c>.</param>
/// <param name="ClientId">The client the person goes back to, if any.</param>
/// <param name="RedirectUri">Where they go back, checked against the client's redirect URIs.</param>
/// <param name="IssuedAt">When the link was made: a password set since spends it.</param>
internal sealed record ExecuteActions(
    string UserId,
    string Email,
    IReadOnlyList<string> Actions,
    string? ClientId,
    string? RedirectUri,
    DateTimeOffset IssuedAt
)
{
    public const string UpdatePassword = "UPDATE_PASSWORD";
    public const string VerifyEmail = "VERIFY_EMAIL";

    /// <summary>The actions DevIdentity's page performs: it sets a password, and following the e-mailed link
    /// verifies the address.</summary>
    public static IReadOnlyList<string> Performed { get; } = [UpdatePassword, VerifyEmail];
}
