using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on a create (API.md conventions): the same key from the same caller within 24 hours
/// returns the first response and creates nothing new. Opt an endpoint in with <c>.WithIdempotency()</c>.
/// A key reused with another request is 422; a key whose first request is still running is 409.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 200;

    public static TBuilder WithIdempotency<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder
        => endpoint.WithMetadata(IdempotentEndpoint.Instance);

    /// <summary>
    /// Registers Data Protection, which encrypts the recorded answers; replicas of a service share the key
    /// ring at <c>DataProtection:KeyRingPath</c>.
    /// </summary>
    internal static void AddIdempotency(this IHostApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName(builder.Environment.ApplicationName);
        if (builder.Configuration["DataProtection:KeyRingPath"] is { Length: > 0 } keyRing)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }
    }

    internal static IApplicationBuilder UseIdempotency(this IApplicationBuilder app)
        => app.UseMiddleware<IdempotencyMiddleware>();
}

internal sealed class IdempotentEndpoint
{
    public static readonly IdempotentEndpoint Instance = new();
}
