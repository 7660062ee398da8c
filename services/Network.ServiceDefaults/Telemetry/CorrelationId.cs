using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Telemetry;

/// <summary>The <c>X-Correlation-Id</c> of the contract: echoed when the caller sent a usable one, else the trace
/// id.</summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    private const int MaxLength = 128;
    private static readonly object ItemKey = new();

    private static readonly SearchValues<char> Allowed = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:"
    );

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The correlation id of the current request, as returned to the caller.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var value) ? value as string : null;
    }

    public static bool IsTraceId(string? value) =>
        value is { Length: 32 } && !value.AsSpan().ContainsAnyExcept(LowerHex) && value.AsSpan().ContainsAnyExcept('0');

    internal static bool IsAcceptable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExcept(Allowed);

    internal static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var incoming = context.Request.Headers[HeaderName].ToString();
                var correlationId = IsAcceptable(incoming)
                    ? incoming
                    : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

                context.Items[ItemKey] = correlationId;
                context.Response.Headers[HeaderName] = correlationId;
                Activity.Current?.SetTag("correlation.id", correlationId);

                var logger = context
                    .RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(CorrelationId));
                using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
                {
                    await next(context);
                }
            }
        );
}
