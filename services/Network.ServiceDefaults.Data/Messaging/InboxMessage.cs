using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.ServiceDefaults.Messaging;

/// <summary>A message a consumer has handled; its presence makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public InboxMessage(Guid messageId, string consumer, DateTimeOffset handledAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        HandledAt = handledAt;
    }

    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; }

    public DateTimeOffset HandledAt { get; private set; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("InboxMessages");
        builder.HasKey(message => new { message.MessageId, message.Consumer });
        builder.Property(message => message.Consumer).HasMaxLength(200);
        builder.HasIndex(message => message.HandledAt);
    }
}
