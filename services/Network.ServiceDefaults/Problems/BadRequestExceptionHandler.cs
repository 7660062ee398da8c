using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// Turns what the framework refuses before an endpoint runs (malformed JSON, wrong content type, body too
/// large, unparsable parameter) into a problem response that says what was wrong and where.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The rest of the body is never read: a client that reused this connection would see its next request
            // answered by the end of the stream. Closing it says so.
            httpContext.Response.Headers.Connection = "close";
        }

        var errors = badRequest.InnerException is JsonException json
            ? new Dictionary<string, string[]> { [FieldOf(json)] = [JsonErrorText.Describe(json)] }
            : BindingErrorText.Errors(badRequest.Message);
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = badRequest.StatusCode;
        problem.Detail = badRequest.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "Le corps dépasse la taille maximale admise (1 Mio par défaut).",
            StatusCodes.Status415UnsupportedMediaType =>
                "Le corps doit être du JSON (Content-Type: application/json) ; reçu : "
                    + $"{httpContext.Request.ContentType ?? "aucun"}.",
            _ when badRequest.InnerException is JsonException => "Le corps JSON n'a pas pu être lu : voir errors.",
            _ => errors is null ? "La requête n'a pas pu être lue." : "Voir errors.",
        };

        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }
        );
    }

    /// <summary>The JSON path without its root marker: <c>$.address.postalCode</c> names
    /// <c>address.postalCode</c>.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
}
