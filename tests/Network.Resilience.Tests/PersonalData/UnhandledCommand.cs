using System.Text;
using System.Text.Json;
using Network.Contracts.Referrals;
using Network.Testing.RabbitMq;
using RabbitMQ.Client;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// A <see cref="RegisterResidentForEvent"/> the events service fails to handle, whatever the reason (here a first
/// name missing, as a faulty sender would send it; a database down would do the same after the retries). What
/// carries the resident's contacts must stay with the events service: the message goes to its own error queue,
/// and no fault holding the command is broadcast to the network.
/// </summary>
public static class UnhandledCommand
{
    /// <summary>The error queue's exchange MassTransit moves a failed command to (the capture declares it up
    /// front).</summary>
    public const string ErrorExchange = RegisterResidentForEvent.Queue + "_error";

    public static async Task<Guid> SendAsync(string connectionString, Resident resident, Guid eventId)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messageId = Guid.NewGuid();
        var envelope = new
        {
            messageId,
            destinationAddress = $"{connectionString.TrimEnd('/')}/{RegisterResidentForEvent.Queue}",
            messageType = new[] { MessageNames.UrnOf(typeof(RegisterResidentForEvent)) },
            message = new
            {
                referralId = Guid.NewGuid(),
                eventId,
                firstName = (string?)null,
                email = resident.Email,
                phone = resident.PhoneDigits,
                seats = 1,
                occurredAt = DateTimeOffset.UtcNow,
            },
            sentTime = DateTimeOffset.UtcNow,
            headers = new { },
        };
        var properties = new BasicProperties
        {
            MessageId = messageId.ToString(),
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
        };
        await channel.BasicPublishAsync(
            RegisterResidentForEvent.Queue,
            "",
            mandatory: false,
            properties,
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope))
        );
        return messageId;
    }
}
