using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Network.Gateway;

/// <summary>
/// Per-caller limits: a signed-in user is counted by their subject, an anonymous caller by the client's address (behind
/// trusted proxies, the one they forward). Anonymous self-registration has a stricter limit of its own. Limits come
/// from
/// <c>RateLimiting</c>, and each instance of the gateway counts on its own.
/// </summary>
internal static class GatewayRateLimits
{
    public const string PerCaller = "per-caller";
    public const string SelfRegistration = "self-registration";

    public static void AddGatewayRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("RateLimiting");
        var anonymous = Limit(section, "Anonymous", 300);
        var authenticated = Limit(section, "Authenticated", 1200);
        var selfRegistration = Limit(section, "SelfRegistration", 10);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerCaller, context =>
                context.User.FindFirst("sub")?.Value is { } subject
                    ? Partition(context, $"user:{subject}", authenticated)
                    : Partition(context, $"ip:{ClientAddress(context)}", anonymous)
            );
            // Staff registering residents at their desk are signed in and counted as users, not by the office address.
            limiter.AddPolicy(SelfRegistration, context =>
                context.User.FindFirst("sub")?.Value is { } subject
                    ? Partition(context, $"user:{subject}", authenticated)
                    : Partition(context, $"self-registration:{ClientAddress(context)}", selfRegistration)
            );
            limiter.OnRejected = RejectAsync;
        });
    }

    private static (int PermitLimit, TimeSpan Window) Limit(IConfiguration section, string name, int defaultPermits)
    {
        var limit = section.GetSection(name);
        var permits = limit.GetValue("PermitLimit", defaultPermits);
        var window = limit.GetValue("Window", TimeSpan.FromMinutes(1));
        return permits > 0 && window > TimeSpan.Zero
            ? (permits, window)
            : throw new InvalidOperationException(
                $"RateLimiting:{name} needs a PermitLimit above 0 and a Window longer than 0."
            );
    }

    private static RateLimitPartition<string> Partition(
        HttpContext context,
        string key,
        (int PermitLimit, TimeSpan Window) limit
    )
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(key, _ => new WindowLimiter(limit.PermitLimit, limit.Window, time));
    }

    // The forwarded headers middleware has already put the client's address here. The same IPv4 client arrives as
    // ::ffff:a.b.c.d on a dual-stack socket and as a.b.c.d in X-Forwarded-For: one budget, whichever way it came.
    private static IPAddress? ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped
            ? mapped.MapToIPv4()
            : context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromMinutes(1);
        var seconds = RetryDelay.Seconds(wait);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Detail =
                            "Vous avez fait trop de demandes en peu de temps. Réessayez dans "
                            + $"{RetryDelay.InFrench(seconds)}.",
                    },
                }
            );
    }
}
