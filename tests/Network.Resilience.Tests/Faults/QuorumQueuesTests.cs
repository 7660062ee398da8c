using System.Text.Json;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

/// <summary>Every queue the services declare is a quorum queue (a queue's type cannot change in place later), their
/// error queues too; the other fault tests run on them.</summary>
[Collection(FaultsDefinition.Name)]
public sealed class QuorumQueuesTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_services_queues_and_their_error_queues_are_durable_quorum_queues()
    {
        var listed = await fixture.Platform.BrokerCtlAsync(
            "list_queues",
            "name",
            "type",
            "durable",
            "--formatter",
            "json"
        );
        var queues = JsonSerializer
            .Deserialize<JsonElement[]>(listed)!
            .Select(queue =>
                (
                    Name: queue.GetProperty("name").GetString()!,
                    Type: queue.GetProperty("type").GetString()!,
                    Durable: queue.GetProperty("durable").GetBoolean()
                )
            )
            // The fault tests' own tap on the broker is not the platform's.
            .Where(queue => !queue.Name.StartsWith("faults-tap-", StringComparison.Ordinal))
            .ToList();
        output.WriteLine(string.Join('\n', queues.Select(queue => $"{queue.Name} {queue.Type}")));

        Assert.Contains(queues, queue => queue.Name == "activity-network-messages");
        Assert.All(queues, queue => Assert.True(queue is { Type: "quorum", Durable: true }, queue.ToString()));
    }
}
