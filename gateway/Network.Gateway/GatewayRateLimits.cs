using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Network.Gateway;

/// <summary>
/// Per-caller limits: a signed-in user is counted by their subject, an anonymous caller by address.
/// Anonymous self-registration has a stricter limit of its own. Limits come from <c>RateLimiting</c>.
/// </summary>
internal static class GatewayRateLimits
{
    public const string PerCaller = "per-caller";
    public const string SelfRegistration = "self-registration";

    public static void AddGatewayRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("RateLimiting");
        var anonymous = Limit(section.GetSection("Anonymous"), 300);
        var authenticated = Limit(section.GetSection("Authenticated"), 1200);
        var selfRegistration = Limit(section.GetSection("SelfRegistration"), 10);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerCaller, context => context.User.FindFirst("sub")?.Value is { } subject
                ? RateLimitPartition.GetFixedWindowLimiter($"user:{subject}", _ => authenticated)
                : RateLimitPartition.GetFixedWindowLimiter($"ip:{context.Connection.RemoteIpAddress}", _ => anonymous));
            // Staff registering residents at their desk are signed in and counted as users, not by the office address.
            limiter.AddPolicy(SelfRegistration, context => context.User.FindFirst("sub")?.Value is { } subject
                ? RateLimitPartition.GetFixedWindowLimiter($"user:{subject}", _ => authenticated)
                : RateLimitPartition.GetFixedWindowLimiter($"self-registration:{context.Connection.RemoteIpAddress}", _ => selfRegistration));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static FixedWindowRateLimiterOptions Limit(IConfiguration section, int defaultPermits) => new()
    {
        PermitLimit = section.GetValue("PermitLimit", defaultPermits),
        Window = section.GetValue("Window", TimeSpan.FromMinutes(1)),
        QueueLimit = 0,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "Please wait before trying again (see Retry-After).",
            },
        });
    }
}
