namespace Network.DevIdentity.Authorization;

/// <summary>
/// The result of checking an authorization request: valid; refused with an error the browser takes back to the
/// client; or refused with an error page, when the client or its redirect URI cannot be trusted with a redirect.
/// </summary>
/// <param name="Request">The request as far as it was understood; null only with an error page.</param>
/// <param name="Error">The OAuth error code, for the client or the pushed-request answer.</param>
/// <param name="Description">Keycloak's <c>error_description</c>.</param>
/// <param name="PageMessage">The message of the error page, in French; null when the client may be told.</param>
internal sealed record AuthorizationOutcome(
    AuthorizationRequest? Request,
    string? Error,
    string? Description,
    string? PageMessage
)
{
    public bool IsValid => Error is null;

    public bool ShowsPage => PageMessage is not null;

    public static AuthorizationOutcome Valid(AuthorizationRequest request) => new(request, null, null, null);

    public static AuthorizationOutcome Refused(AuthorizationRequest request, string error, string? description) =>
        new(request, error, description, null);

    public static AuthorizationOutcome Page(string description, string message) =>
        new(null, "invalid_request", description, message);
}
