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
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = badRequest.InnerException is JsonException json
            ? new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(json)] = [Describe(json)],
            })
            : new ProblemDetails();
        problem.Status = badRequest.StatusCode;
        problem.Title = badRequest.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
            _ => "The request is malformed.",
        };
        problem.Detail = badRequest.InnerException is JsonException ? "The JSON body could not be read." : badRequest.Message;

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The JSON path without its root marker: <c>$.address.postalCode</c> names <c>address.postalCode</c>.</summary>
    private static string FieldOf(JsonException json)
        => json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string Describe(JsonException json)
    {
        // The serializer's message ends with a path and position that the field name already gives.
        var message = json.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
