using MassTransit;
using Network.ServiceDefaults.Messaging;

namespace Network.ServiceDefaults.Tests.Sample;

public sealed class NoteWrittenConsumer(SampleDbContext db, TimeProvider time) : InboxConsumer<NoteWritten>(db, time)
{
    protected override async Task HandleAsync(NoteWritten message, CancellationToken cancellationToken)
    {
        var tally = await db.Tallies.FindAsync([message.PartnerId], cancellationToken);
        if (tally is null)
        {
            db.Tallies.Add(new NoteTally { PartnerId = message.PartnerId, Count = 1 });
        }
        else
        {
            tally.Count++;
        }
    }
}

public sealed class PoisonPillConsumer : IConsumer<PoisonPill>
{
    public Task Consume(ConsumeContext<PoisonPill> context) =>
        throw new InvalidOperationException("This message can never be handled.");
}
