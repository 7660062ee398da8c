using System.Diagnostics;
using Network.Testing;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// Thousands of requests derived from the services' own OpenAPI documents, each breaking the contract once and
/// carrying hostile text besides, sent through the gateway by every role: each must be a 4xx problem, and none may
/// leave a trace in any database.
/// </summary>
public sealed class HostileInputTests(HostilePlatformFixture fixture, ITestOutputHelper output)
    : IClassFixture<HostilePlatformFixture>
{
    private const int MinimumRequests = 3_000;
    private const int Concurrency = 12;
    private const int MaxListed = 150;

    [Fact]
    public async Task Every_hostile_request_is_a_4xx_problem_and_changes_nothing()
    {
        var generator = new HostileRequestGenerator(fixture.Contract, fixture.Records, DateTimeOffset.UtcNow);
        var requests = generator.Generate(fixture.Operations);
        Assert.True(requests.Count >= MinimumRequests, $"only {requests.Count} requests were generated");
        Assert.All(fixture.Operations, operation =>
            Assert.Contains(requests, request => request.Operation == operation)
        );
        Assert.All(Actors.All, actor => Assert.Contains(requests, request => request.Actor.UserName == actor.UserName));

        var before = await SettledSnapshotAsync();
        output.WriteLine($"Before: {before.Tables.Count} tables, {before.Tables.Values.Sum(t => t.Rows)} rows.");
        var clock = Stopwatch.StartNew();
        using var sender = new HostileSender(fixture.Platform, Concurrency);
        var responses = await sender.SendAllAsync(requests);
        clock.Stop();
        var after = await SettledSnapshotAsync();

        output.WriteLine(
            $"{responses.Count} hostile requests to {fixture.Operations.Count} operations in "
                + $"{clock.Elapsed.TotalSeconds:0} s; "
                + string.Join(
                    ", ",
                    responses.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")
                )
        );
        output.WriteLine(
            "By what they break: "
                + string.Join(
                    ", ",
                    requests
                        .GroupBy(r =>
                            r.Breaks.Split(' ')[0] switch
                            {
                                "path" => "path",
                                "X-Partner-Id" => "X-Partner-Id",
                                "query" => "query",
                                _ => "body",
                            }
                        )
                        .Select(g => $"{g.Key} {g.Count()}")
                )
                + "; by role: "
                + string.Join(", ", requests.GroupBy(r => r.Actor.ToString()).Select(g => $"{g.Key} {g.Count()}"))
        );
        var breaches = responses
            .Select(response => (Response: response, Breach: ProblemRule.Breach(response)))
            .Where(pair => pair.Breach is not null)
            .ToList();
        var changes = before.Differences(after);
        var report = Path.Combine(AppContext.BaseDirectory, "hostile-input-breaches.txt");
        await File.WriteAllLinesAsync(
            report,
            breaches.Select(pair => $"{pair.Breach}: {pair.Response.Request} → {Excerpt(pair.Response.Body)}")
        );

        // One line per rule broken the same way by the same operation, with one of its requests as the example.
        var summary = breaches
            .GroupBy(pair =>
                $"{pair.Breach} ← {pair.Response.Request.Operation} ({Kind(pair.Response.Request.Breaks)})"
            )
            .Select(group =>
                $"- {group.Key} ×{group.Count()}, e.g. {group.First().Response.Request} → "
                + $"{Excerpt(group.First().Response.Body)}"
            )
            .ToList();
        var failures = new List<string>();
        if (breaches.Count > 0)
        {
            failures.Add(
                $"{breaches.Count} of {responses.Count} hostile requests were not answered with a 4xx problem "
                    + $"(each listed in {report}):\n"
                    + string.Join('\n', summary.Take(MaxListed))
            );
        }

        if (changes.Count > 0)
        {
            failures.Add("hostile requests left a trace in the databases:\n" + string.Join('\n', changes));
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Every outbox drained, and two looks at every database a moment apart agree.</summary>
    private async Task<DatabaseSnapshot> SettledSnapshotAsync()
    {
        DatabaseSnapshot? settled = null;
        DatabaseSnapshot? previous = null;
        await Eventually.AssertAsync(
            async () =>
            {
                if (await DatabaseSnapshot.UnsentOutboxMessagesAsync(fixture.Platform) > 0)
                {
                    return false;
                }

                if (previous is not null)
                {
                    // Consumers of the last messages published may still be writing.
                    await Task.Delay(TimeSpan.FromSeconds(2));
                }

                var current = await DatabaseSnapshot.TakeAsync(fixture.Platform);
                var stable = previous is not null && previous.Differences(current).Count == 0;
                previous = current;
                settled = stable ? current : null;
                return stable;
            },
            "the outboxes are drained and the databases still",
            TimeSpan.FromSeconds(120)
        );
        return settled!;
    }

    /// <summary>What a request breaks, without the value it breaks it with.</summary>
    private static string Kind(string breaks)
    {
        var cut = breaks.IndexOfAny(['=', '(']);
        return (cut > 0 ? breaks[..cut] : breaks).Trim();
    }

    private static string Excerpt(string body) =>
        (body.Length > 300 ? body[..300] + "…" : body).Replace("\n", " ", StringComparison.Ordinal);
}
