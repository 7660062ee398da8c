using Network.Contracts.Referrals;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>A command the events service could not handle waits in its error queue for a limited time only: it holds a
/// resident's contacts.</summary>
public sealed class RegistrationCommandErrorQueueTests(TestInfrastructure infrastructure)
    : OrganiserTest(infrastructure)
{
    private const string ErrorQueue = RegisterResidentForEvent.Queue + "_error";

    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Events:CommandErrorRetention"] = "00:00:03";

    [Fact]
    public async Task A_failed_registration_command_leaves_the_error_queue_once_its_retention_is_over()
    {
        await using var sender = await TestPublisher.StartAsync(RabbitMq);
        var eventId = await PublishedEventAsync(capacity: 5);

        // A first name missing, as a faulty sender would send it: the consumer fails, and after the retries the command
        // is in the error queue.
        await sender.SendAsync(
            RegisterResidentForEvent.Queue,
            new RegisterResidentForEvent(Guid.NewGuid(), eventId, null!, "M.", 1, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            async () => await Queues.CountAsync(RabbitMq, ErrorQueue) == 1,
            "the command reaches the error queue",
            TimeSpan.FromSeconds(30)
        );

        await Eventually.AssertAsync(
            async () => await Queues.CountAsync(RabbitMq, ErrorQueue) == 0,
            "the error queue lets it expire",
            TimeSpan.FromSeconds(30)
        );
    }
}
