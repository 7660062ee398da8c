using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Network.Activity.Queries;

namespace Network.Activity.Api;

/// <summary>The network's figures for anyone, without a token: the public page "Le réseau en chiffres".</summary>
internal static class PublicEndpoints
{
    /// <summary>How long an answer is kept, here and by whoever caches it on the way.</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string CacheKey = "public-figures";

    public static void MapPublicEndpoints(this RouteGroupBuilder activity) =>
        activity
            .MapGet("/public", PublicAsync)
            .AllowAnonymous()
            .WithSummary(
                "The whole network's totals for this year so far and last year, for anyone: workshops held, seats "
                    + "taken, referrals sent and accepted, loans, active partners; counts about residents under 5 "
                    + "suppressed."
            )
            .WithDescription(
                "Never a partner's or a commune's figure. The answer is computed at most every 5 minutes and may be "
                    + "cached as long (`Cache-Control: public, max-age=300`)."
            );

    private static async Task<Ok<PublicFigures>> PublicAsync(
        PublicFiguresQuery query,
        IMemoryCache cache,
        HttpResponse response,
        CancellationToken cancellationToken
    )
    {
        var figures = await cache.GetOrCreateAsync(CacheKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = MaxAge;
            return query.RunAsync(cancellationToken);
        });
        response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
        return TypedResults.Ok(figures!);
    }
}
