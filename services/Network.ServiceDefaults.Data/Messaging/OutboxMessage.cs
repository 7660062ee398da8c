using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.ServiceDefaults.Messaging;

/// <summary>A message waiting to be published, written in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    /// <summary>Also the MessageId it is published with, so that consumers recognise a second publication.</summary>
    public Guid Id { get; private set; }

    /// <summary><c>Namespace.Type, Assembly</c>, without version, so a redeploy still finds the type.</summary>
    public string MessageType { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>
    /// The queue a command is sent to; null for a fact published to every subscriber. A command may carry
    /// the minimum personal data its receiver needs, so its body is blanked once the broker has it.
    /// </summary>
    public string? Destination { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The W3C trace context of the request that caused it, so the trace continues to its consumers.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The dispatcher claim holding it, so that two instances never publish it both.</summary>
    public Guid? LockToken { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    internal static OutboxMessage Create<TMessage>(TMessage message, DateTimeOffset now, string? destination = null)
        where TMessage : class
    {
        var type = message.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            MessageType = TypeName(type),
            Body = JsonSerializer.Serialize(message, type, OutboxJson.Options),
            Destination = destination,
            CreatedAt = now,
            TraceParent = Activity.Current?.Id,
        };
    }

    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(message => message.Id);
        builder.Property(message => message.Id).ValueGeneratedNever();
        builder.Property(message => message.MessageType).HasMaxLength(400).IsRequired();
        builder.Property(message => message.Body).IsRequired();
        builder.Property(message => message.Destination).HasMaxLength(200);
        builder.Property(message => message.TraceParent).HasMaxLength(128);
        builder.Property(message => message.LastError).HasMaxLength(2000);
        builder.HasIndex(message => new { message.SentAt, message.CreatedAt });
        builder.HasIndex(message => message.LockToken);
    }
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
