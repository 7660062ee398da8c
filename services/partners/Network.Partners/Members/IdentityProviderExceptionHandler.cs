using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Network.Partners.Members;

/// <summary>
/// Keycloak not answering is 503 with <c>Retry-After</c>: each step of a change is one Keycloak call that holds or
/// not, and the same request again takes up what is left; Keycloak refusing what the service asks is 502: its client
/// or roles need fixing.
/// </summary>
internal sealed partial class IdentityProviderExceptionHandler(
    IProblemDetailsService problems,
    ILogger<IdentityProviderExceptionHandler> logger
) : IExceptionHandler
{
    private const int RetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (exception is not IdentityProviderException failure)
        {
            return false;
        }

        LogFailure(logger, failure.Message);
        var status = failure.Unreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway;
        httpContext.Response.StatusCode = status;
        if (failure.Unreachable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = status,
                    Detail = failure.Unreachable
                        ? "Le service des comptes ne répond pas. Réessayez dans quelques instants."
                        : "Le service des comptes a refusé la demande. Prévenez la coordination du réseau.",
                },
                Exception = exception,
            }
        );
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The identity provider failed a members request: {Failure}")]
    private static partial void LogFailure(ILogger logger, string failure);
}
