using Microsoft.AspNetCore.OutputCaching;

namespace Network.Portal;

/// <summary>
/// The public lists (home, agenda, directory, the network's figures) are the same for every visitor who is not signed
/// in: each is kept a few seconds, so that a crowd opening the agenda costs the events service one query, not one
/// each. Signed-in people's pages and pages with a form that sets a cookie are never kept (the framework's default
/// rules).
/// </summary>
internal static class PublicPageCache
{
    public const string PolicyName = "public-lists";

    public static void AddPublicPageCache(this WebApplicationBuilder builder) =>
        builder.Services.AddOutputCache(options =>
            options.AddPolicy(PolicyName, policy => policy.Expire(TimeSpan.FromSeconds(5)).SetVaryByQuery("*"))
        );
}
