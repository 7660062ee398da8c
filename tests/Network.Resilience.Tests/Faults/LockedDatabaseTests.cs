using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Faults;

[Collection(FaultsDefinition.Name)]
public sealed class LockedDatabaseTests(FaultsPlatform fixture)
{
    [Fact]
    public async Task A_write_to_a_locked_database_is_refused_at_once_with_503_saves_nothing_and_the_next_one_succeeds()
    {
        var platform = fixture.Platform;
        await fixture.QuietAsync();
        using var coordinator = await platform.ClientAsync(DemoUsers.Coordinator);
        var name = $"Tiers-lieu numérique {Guid.NewGuid().ToString("N")[..8]}";
        var partner = new
        {
            name,
            kind = "association",
            address = new
            {
                street = "3 rue de la Gare",
                postalCode = "06500",
                commune = "Menton",
            },
        };
        var partnersBefore = await platform.CountAsync("partners", "SELECT COUNT(*) FROM Partners");
        var outboxBefore = await platform.CountAsync("partners", "SELECT COUNT(*) FROM OutboxMessages");

        var clock = Stopwatch.StartNew();
        await using (await platform.LockWritesAsync("partners"))
        {
            clock.Restart();
            using var refused = await coordinator.PostAsJsonAsync("/api/partners", partner);
            clock.Stop();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(503, problem.GetProperty("status").GetInt32());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"answered after {clock.Elapsed}");
        }

        Assert.Equal(partnersBefore, await platform.CountAsync("partners", "SELECT COUNT(*) FROM Partners"));
        Assert.Equal(outboxBefore, await platform.CountAsync("partners", "SELECT COUNT(*) FROM OutboxMessages"));

        using var created = await coordinator.PostAsJsonAsync("/api/partners", partner);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var directory = await coordinator.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/partners?q={Uri.EscapeDataString(name)}", UriKind.Relative)
        );
        Assert.Equal([id], directory.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
    }
}
