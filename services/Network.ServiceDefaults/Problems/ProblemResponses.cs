using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Problems;

/// <summary>RFC 9457 problem details for every error a service returns, and strict JSON that makes bad input a
/// 400.</summary>
internal static class ProblemResponses
{
    public static void AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context =>
            {
                var traceId = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
                ProblemKinds.Apply(context.ProblemDetails);
                context.ProblemDetails.Extensions["traceId"] = traceId;
                context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            }
        );
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures throw, so that the handler above can name the problem instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(options => JsonDefaults.Apply(options.SerializerOptions));
    }
}
