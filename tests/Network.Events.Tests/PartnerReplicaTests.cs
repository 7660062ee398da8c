using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Contracts.Partners;
using Network.Events.Persistence;
using Network.ServiceDefaults.Replicas;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>The events service keeps its replica of partners from the partners service's messages.</summary>
public sealed class PartnerReplicaTests(TestInfrastructure infrastructure)
    : ServiceTest<EventsDbContext>(infrastructure, "eventsdb")
{
    [Fact]
    public async Task A_registered_partner_appears_in_the_replica()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        var partnerId = Guid.CreateVersion7();

        await publisher.PublishAsync(Registered(partnerId, "active", DateTimeOffset.UtcNow), Guid.NewGuid());

        await Eventually.AssertAsync(
            async () => await ReplicaAsync(partnerId) is not null,
            "the replica knows the partner"
        );
        var replica = (await ReplicaAsync(partnerId))!;
        Assert.Equal("Médiathèque Louis Nucéra", replica.Name);
        Assert.Equal("Nice", replica.Commune);
        Assert.True(replica.IsActive);
    }

    [Fact]
    public async Task A_redelivered_message_is_applied_once()
    {
        var recorder = new ConsumeRecorder();
        using var observer = Service.Services.GetRequiredService<IBus>().ConnectConsumeObserver(recorder);
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        var partnerId = Guid.CreateVersion7();
        var messageId = Guid.NewGuid();
        var message = Registered(partnerId, "pending", DateTimeOffset.UtcNow);

        await publisher.PublishAsync(message, messageId);
        await publisher.PublishAsync(message, messageId);

        await Eventually.AssertAsync(
            () => Task.FromResult(recorder.Completed(messageId) == 2),
            "both deliveries are consumed"
        );
        Assert.Equal(
            1,
            await Service.WithScopeAsync<EventsDbContext, int>(db => db.Partners.CountAsync(p => p.Id == partnerId))
        );
        Assert.Equal(
            1,
            await Service.WithScopeAsync<EventsDbContext, int>(db =>
                db.InboxMessages.CountAsync(m => m.MessageId == messageId)
            )
        );
    }

    [Fact]
    public async Task A_late_older_message_does_not_undo_a_newer_one()
    {
        await using var publisher = await TestPublisher.StartAsync(RabbitMq);
        var partnerId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;

        await publisher.PublishAsync(Registered(partnerId, "active", now), Guid.NewGuid());
        await Eventually.AssertAsync(
            async () => await ReplicaAsync(partnerId) is not null,
            "the newer message is applied"
        );
        var older = Registered(partnerId, "pending", now.AddMinutes(-5));
        await publisher.PublishAsync(
            older with
            {
                Partner = older.Partner with { Name = "Ancien nom" },
            },
            Guid.NewGuid()
        );
        await Eventually.AssertAsync(
            async () => await Service.WithScopeAsync<EventsDbContext, int>(db => db.InboxMessages.CountAsync()) == 2,
            "the older message is handled"
        );

        var replica = (await ReplicaAsync(partnerId))!;
        Assert.Equal("active", replica.Status);
        Assert.Equal("Médiathèque Louis Nucéra", replica.Name);
    }

    private static PartnerRegistered Registered(Guid partnerId, string status, DateTimeOffset occurredAt) =>
        new(
            new PartnerSnapshot(
                partnerId,
                "Médiathèque Louis Nucéra",
                "bibliotheque",
                status,
                "06300",
                "Nice",
                "06088",
                43.7,
                7.28
            ),
            occurredAt
        );

    private Task<PartnerReplica?> ReplicaAsync(Guid partnerId) =>
        Service.WithScopeAsync<EventsDbContext, PartnerReplica?>(async db => await db.Partners.FindAsync(partnerId));
}
