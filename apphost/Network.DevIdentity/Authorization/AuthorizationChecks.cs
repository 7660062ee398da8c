using System.Globalization;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Authorization;

/// <summary>
/// Keycloak's checks of an authorization request (<c>AuthorizationEndpoint</c> and its checker), in Keycloak's order
/// and with its messages: the client and the redirect URI first, whose failures show a page, then the rest,
/// whose failures go back to the client.
/// </summary>
internal static class AuthorizationChecks
{
    public static AuthorizationOutcome Check(
        AuthorizationParameters parameters,
        RealmFile realm,
        ClientRedirects redirects,
        bool pushed
    )
    {
        var clientId = parameters["client_id"];
        if (clientId is null)
        {
            return AuthorizationOutcome.Page("Missing parameter: client_id", "Paramètre manquant : client_id.");
        }

        var client = realm.FindClient(clientId);
        if (client is null)
        {
            return AuthorizationOutcome.Page("Client not found.", "Client inconnu.");
        }

        if (!client.Enabled)
        {
            return AuthorizationOutcome.Page("Client disabled.", "Client désactivé.");
        }

        if (client.BearerOnly)
        {
            return AuthorizationOutcome.Page(
                "Bearer-only applications are not allowed to initiate browser login.",
                "Cette application ne peut pas ouvrir de session dans un navigateur."
            );
        }

        // OpenID Connect requires the redirect URI; plain OAuth 2 lets a client with a single one omit it.
        var scope = parameters["scope"];
        var redirectUriParam = parameters["redirect_uri"];
        var redirectUri = redirects.VerifyRedirectUri(client, redirectUriParam, required: HasOpenId(scope));
        if (redirectUri is null)
        {
            return AuthorizationOutcome.Page("Invalid parameter: redirect_uri", "Paramètre invalide : redirect_uri.");
        }

        var request = new AuthorizationRequest(
            client,
            redirectUri,
            redirectUriParam,
            ResponseModes.Query,
            parameters["state"]
        )
        {
            Scope = scope,
            Nonce = parameters["nonce"],
            CodeChallenge = parameters["code_challenge"],
            CodeChallengeMethod = parameters["code_challenge_method"],
            Prompt = (parameters["prompt"] ?? "")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal),
            MaxAge = int.TryParse(
                parameters["max_age"],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var maxAge
            )
                ? maxAge
                : null,
            LoginHint = parameters["login_hint"],
        };
        var (typed, typeError) = CheckResponseType(request, parameters);
        if (typeError is not null)
        {
            return typeError;
        }

        request = typed;
        var (error, description) =
            pushed || !client.RequiresPushedAuthorizationRequests
                ? CheckRequest(request, parameters)
                : ("invalid_request", "Pushed Authorization Request is only allowed.");
        return error is null
            ? AuthorizationOutcome.Valid(request)
            : AuthorizationOutcome.Refused(request, error, description);
    }

    public static bool HasOpenId(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal);

    private static (AuthorizationRequest Request, AuthorizationOutcome? Refusal) CheckResponseType(
        AuthorizationRequest request,
        AuthorizationParameters parameters
    )
    {
        // An error about the response type itself still honours a response mode DevIdentity knows.
        var modeParam = parameters["response_mode"];
        var fallback = request with { ResponseMode = ResponseModes.Parse(modeParam) ?? ResponseModes.Query };
        if (parameters["response_type"] is not { } typeParam)
        {
            return (
                fallback,
                AuthorizationOutcome.Refused(fallback, "invalid_request", "Missing parameter: response_type")
            );
        }

        if (ResponseType.Parse(typeParam) is not { } type)
        {
            return (fallback, AuthorizationOutcome.Refused(fallback, "unsupported_response_type", null));
        }

        var mode = modeParam is null ? type.DefaultMode : ResponseModes.Parse(modeParam);
        if (mode is null)
        {
            var query = request with { ResponseMode = ResponseModes.Query };
            return (query, AuthorizationOutcome.Refused(query, "invalid_request", "Invalid parameter: response_mode"));
        }

        request = request with { ResponseMode = mode, WantsCode = type.HasCode };
        var client = request.Client;
        string? error = null,
            description = null;
        if (type.IsImplicitOrHybrid && mode == ResponseModes.Query)
        {
            (error, description) = ("invalid_request", "Response_mode 'query' not allowed for implicit or hybrid flow");
        }
        else if ((type.HasCode || type.IsNone) && !client.StandardFlowEnabled)
        {
            (error, description) = (
                "unauthorized_client",
                "Client is not allowed to initiate browser login with given response_type. Standard flow is "
                    + "disabled for the client."
            );
        }
        else if (type.IsImplicitOrHybrid && !client.ImplicitFlowEnabled)
        {
            (error, description) = (
                "unauthorized_client",
                "Client is not allowed to initiate browser login with given response_type. Implicit flow is "
                    + "disabled for the client."
            );
        }
        else if (type.IsImplicitOrHybrid)
        {
            // No token ever leaves DevIdentity through the browser.
            error = "unsupported_response_type";
        }

        return (request, error is null ? null : AuthorizationOutcome.Refused(request, error, description));
    }

    private static (string? Error, string? Description) CheckRequest(
        AuthorizationRequest request,
        AuthorizationParameters parameters
    )
    {
        if (parameters.HasDuplicates)
        {
            return ("invalid_request", "duplicated parameter");
        }

        if (parameters["request"] is not null)
        {
            return ("request_not_supported", "Request objects are not supported");
        }

        if (parameters["request_uri"] is not null)
        {
            return ("request_uri_not_supported", "Only pushed authorization requests are supported");
        }

        var scopes = (request.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.All(scope => scope == "openid" || request.Client.HasClientScope(scope)))
        {
            return ("invalid_scope", $"Invalid scopes: {request.Scope}");
        }

        return Pkce.RequestProblem(request.Client, request.CodeChallenge, request.CodeChallengeMethod) is { } problem
            ? ("invalid_request", problem)
            : (null, null);
    }
}
