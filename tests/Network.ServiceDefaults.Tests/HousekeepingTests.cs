using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;

namespace Network.ServiceDefaults.Tests;

/// <summary>What has served its purpose is removed; what is still owed to the broker never is.</summary>
public sealed class HousekeepingTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task Old_sent_messages_and_inbox_entries_go_and_unsent_messages_stay()
    {
        var now = DateTimeOffset.UtcNow;
        var old = now - TimeSpan.FromDays(8);
        await Service.WithDbAsync(async db =>
        {
            db.Publish(new NoteWritten(Guid.NewGuid(), PartnerA, old), new FakeTimeProvider(old));
            db.InboxMessages.Add(new InboxMessage(Guid.NewGuid(), "OldConsumer", old));
            db.InboxMessages.Add(new InboxMessage(Guid.NewGuid(), "RecentConsumer", now));
            return await db.SaveChangesAsync();
        });
        await Eventually.AssertAsync(
            () => Service.WithDbAsync(async db => await db.OutboxMessages.AllAsync(m => m.SentAt != null)),
            "the message is sent"
        );
        await Infrastructure.Broker.StopAsync();
        try
        {
            await Service.WithDbAsync(async db =>
            {
                // One more, written long ago and not sent yet: it must survive any clean-up.
                db.Publish(new NoteWritten(Guid.NewGuid(), PartnerA, old), new FakeTimeProvider(old));
                return await db.SaveChangesAsync();
            });
            var housekeeping = new StoreHousekeeping(
                Service.App.Services.GetRequiredService<IServiceScopeFactory>(),
                Options.Create(new MessagingOptions()),
                new FakeTimeProvider(now + TimeSpan.FromDays(8)),
                NullLogger<StoreHousekeeping>.Instance
            );
            await housekeeping.CleanAsync(CancellationToken.None);

            Assert.Equal(1, await Service.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
            Assert.Equal(0, await Service.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)));
            Assert.Equal(0, await Service.WithDbAsync(db => db.InboxMessages.CountAsync()));
        }
        finally
        {
            await Infrastructure.Broker.ResumeAsync();
        }
    }
}
