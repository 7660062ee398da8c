using System.Text.Json.Nodes;

namespace Network.DevIdentity.Admin;

/// <summary>
/// The admin API's refusals in Keycloak's two shapes: <c>{"error": …}</c> for what its error handler answers (an
/// exception's message), <c>{"errorMessage": …}</c> for what its resources answer themselves.
/// </summary>
internal static class AdminErrors
{
    public static IResult Unauthorized(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Error(StatusCodes.Status401Unauthorized, "HTTP 401 Unauthorized");
    }

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "HTTP 403 Forbidden");

    public static IResult RealmNotFound() => Error(StatusCodes.Status404NotFound, "Realm not found.");

    public static IResult UserNotFound() => Error(StatusCodes.Status404NotFound, "User not found");

    public static IResult UnreadableJson() =>
        Results.Json(
            new JsonObject { ["error"] = "unknown_error", ["error_description"] = "Cannot parse the JSON" },
            statusCode: StatusCodes.Status400BadRequest
        );

    public static IResult Error(int status, string error) =>
        Results.Json(new JsonObject { ["error"] = error }, statusCode: status);

    public static IResult Message(int status, string message) =>
        Results.Json(new JsonObject { ["errorMessage"] = message }, statusCode: status);

    public static IResult BadRequest(string message) => Message(StatusCodes.Status400BadRequest, message);

    public static IResult Conflict(string message) => Message(StatusCodes.Status409Conflict, message);
}
