using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// A database that is briefly away (locked, restarting, failing over), or a row so contended that every retry
/// lost its race, is the server's problem, not the client's, and the right answer is to come back shortly: 503
/// with <c>Retry-After</c>.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problems,
    ILogger<DatabaseUnavailableExceptionHandler> logger
) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        var transient = Flatten(exception).OfType<DbException>().FirstOrDefault(DatabaseErrors.IsTransient);
        var contended = Flatten(exception)
            .OfType<Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException>()
            .FirstOrDefault();
        if (transient is null && contended is null)
        {
            return false;
        }

        LogUnavailable(logger, ((Exception?)transient ?? contended)!.GetType().Name, transient?.ErrorCode ?? 0);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(
            System.Globalization.CultureInfo.InvariantCulture
        );
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Detail = "Rien n'a été enregistré. Réessayez dans quelques secondes.",
                },
                Exception = exception,
            }
        );
    }

    private static IEnumerable<Exception> Flatten(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Database unavailable ({ExceptionType}, code {ErrorCode}); answered 503."
    )]
    private static partial void LogUnavailable(ILogger logger, string exceptionType, int errorCode);
}
