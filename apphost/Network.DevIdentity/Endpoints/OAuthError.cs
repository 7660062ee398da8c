using System.Text.Json.Nodes;

namespace Network.DevIdentity.Endpoints;

/// <summary>An OAuth error response as Keycloak writes it: <c>{error, error_description}</c> and a status.</summary>
internal sealed record OAuthError(int Status, string Error, string? Description)
{
    public IResult ToResult()
    {
        var body = new JsonObject { ["error"] = Error };
        if (Description is not null)
        {
            body["error_description"] = Description;
        }

        return Results.Json(body, statusCode: Status);
    }

    public static OAuthError BadRequest(string error, string? description) =>
        new(StatusCodes.Status400BadRequest, error, description);

    public static OAuthError Unauthorized(string error, string? description) =>
        new(StatusCodes.Status401Unauthorized, error, description);
}
