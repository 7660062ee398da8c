using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.ServiceDefaults.Tests;

/// <summary>Consumers change state once per message, and a message they cannot handle is kept in
/// <c>_error</c>.</summary>
public sealed class InboxTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task A_message_delivered_twice_changes_the_state_once()
    {
        var recorder = new ConsumeRecorder();
        using var observer = Service.App.Services.GetRequiredService<IBus>().ConnectConsumeObserver(recorder);
        await using var publisher = await TestPublisher.StartAsync(Service.RabbitMq);
        var messageId = Guid.NewGuid();
        var message = new NoteWritten(Guid.NewGuid(), PartnerA, DateTimeOffset.UtcNow);

        await publisher.PublishAsync(message, messageId);
        await publisher.PublishAsync(message, messageId);

        await Eventually.AssertAsync(
            () => Task.FromResult(recorder.Completed(messageId) == 2),
            "both deliveries are consumed"
        );
        Assert.Equal(1, await TallyAsync(PartnerA));
        Assert.Equal(
            1,
            await Service.WithDbAsync(db => db.InboxMessages.CountAsync(entry => entry.MessageId == messageId))
        );
    }

    [Fact]
    public async Task A_failing_consumer_leaves_the_message_in_the_error_queue()
    {
        await using var publisher = await TestPublisher.StartAsync(Service.RabbitMq);
        var messageId = Guid.NewGuid();

        await publisher.PublishAsync(new PoisonPill(Guid.NewGuid()), messageId);

        var inError = new List<string>();
        await Eventually.AssertAsync(
            async () =>
            {
                inError.AddRange(await Queues.DrainAsync(Service.RabbitMq, "sample-poison-pill_error"));
                return inError.Contains(messageId.ToString());
            },
            "the refused message reaches sample-poison-pill_error"
        );
        Assert.Empty(await Queues.DrainAsync(Service.RabbitMq, "sample-poison-pill"));
    }

    private Task<int> TallyAsync(Guid partnerId) =>
        Service.WithDbAsync(async db => (await db.Tallies.FindAsync(partnerId))?.Count ?? 0);
}
