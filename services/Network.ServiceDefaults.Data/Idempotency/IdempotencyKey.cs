using Microsoft.AspNetCore.Builder;

namespace Network.ServiceDefaults.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on a create (a convention of the contract): the same key from the same caller within 24 hours
/// returns the first response and creates nothing new. Opt an endpoint in with <c>.WithIdempotency()</c>.
/// A key reused with another request is 422; a key whose first request is still running is 409. The recorded
/// answers are encrypted with the service's key ring (<see cref="Protection.KeyRing"/>).
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 200;

    public static TBuilder WithIdempotency<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(IdempotentEndpoint.Instance);

    internal static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) =>
        app.UseMiddleware<IdempotencyMiddleware>();
}

internal sealed class IdempotentEndpoint
{
    public static readonly IdempotentEndpoint Instance = new();
}
