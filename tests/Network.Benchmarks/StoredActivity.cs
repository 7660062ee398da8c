using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.Projection;

namespace Network.Benchmarks;

/// <summary>
/// A million synthetic messages in the activity service: written straight into its database as the service stores
/// them (its own messages stay beside them), then every read model rebuilt from the stored messages through the
/// service's own rebuild.
/// </summary>
internal static class StoredActivity
{
    public const int Messages = 1_000_000;
    private const int Batch = 20_000;

    /// <summary>What writing and rebuilding did.</summary>
    /// <param name="Written">The synthetic messages written.</param>
    /// <param name="Stored">Every message the rebuild replayed, the service's own included.</param>
    /// <param name="Duration">How long the rebuild took, as the service measured it.</param>
    public sealed record Rebuilt(int Written, int Stored, TimeSpan Duration);

    /// <summary>Writes the million messages and rebuilds the read models from every stored message.</summary>
    public static async Task<Rebuilt> WriteAndRebuildAsync(LocalPlatform platform)
    {
        var written = await WriteMessagesAsync(await platform.OptionsAsync<ActivityDbContext>("activitydb"));
        using var activity = new HttpClient
        {
            BaseAddress = platform.Service("activity"),
            Timeout = TimeSpan.FromMinutes(30),
        };
        activity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.CoordinatorTokenAsync()
        );
        using var response = await activity.PostAsync(new Uri("/api/activity/rebuild", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var rebuild = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Rebuilt(
            written,
            rebuild.GetProperty("messages").GetInt32(),
            TimeSpan.FromMilliseconds(rebuild.GetProperty("durationMs").GetInt64())
        );
    }

    /// <summary>
    /// The number of messages the activity service stores, at least a million: when it holds fewer (a benchmark run
    /// without the overview's), the million are written and the read models rebuilt first.
    /// </summary>
    public static async Task<long> AtLeastAMillionAsync(LocalPlatform platform)
    {
        var stored = await platform.CountAsync("activitydb", "SELECT COUNT(*) FROM \"ReceivedMessages\"");
        return stored >= Messages ? stored : (await WriteAndRebuildAsync(platform)).Stored;
    }

    private static async Task<int> WriteMessagesAsync(DbContextOptions<ActivityDbContext> options)
    {
        var clock = Stopwatch.StartNew();
        var written = 0;
        foreach (var chunk in SyntheticActivity.Messages(Messages, seed: 20261129).Chunk(Batch))
        {
            await using var db = new ActivityDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.ReceivedMessages.AddRange(
                chunk.Select(message =>
                    ReceivedMessage.Create(
                        Guid.CreateVersion7(),
                        MessageCatalogue.NameOf(message),
                        MessageCatalogue.AggregateOf(message),
                        message.OccurredAt,
                        DateTimeOffset.UtcNow,
                        MessageCatalogue.Serialize(message)
                    )
                )
            );
            await db.SaveChangesAsync();
            written += chunk.Length;
        }

        Console.WriteLine($"{written:N0} messages written in {clock.Elapsed.TotalSeconds:0} s");
        return written;
    }
}
