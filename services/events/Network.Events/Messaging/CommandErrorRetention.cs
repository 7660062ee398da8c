using MassTransit;
using MassTransit.RabbitMqTransport;
using Network.Contracts.Referrals;
using Network.Events.Api;

namespace Network.Events.Messaging;

/// <summary>
/// A <see cref="RegisterResidentForEvent"/> the service failed to handle waits in its error queue, with the resident's
/// first name and contacts, for <see cref="EventsOptions.CommandErrorRetention"/> at most: the queue is declared with a
/// message TTL (<c>x-message-ttl</c>), so the broker drops what nobody re-drove in time. MassTransit clears a message's
/// own expiration when it moves it to an error queue, so only the queue's argument can bound it. The other error queues
/// hold no personal data and keep their messages.
/// </summary>
internal static class CommandErrorRetention
{
    /// <summary>The error queue of the command, and of its exchange.</summary>
    public const string ErrorQueue = RegisterResidentForEvent.Queue + "_error";

    private const string MessageTimeToLive = "x-message-ttl";

    public static void LimitCommandErrorRetention(
        this IRabbitMqBusFactoryConfigurator rabbit,
        IConfiguration configuration
    )
    {
        var retention = configuration.GetValue(
            $"{EventsOptions.SectionName}:{nameof(EventsOptions.CommandErrorRetention)}",
            new EventsOptions().CommandErrorRetention
        );
        rabbit.SendTopology.ConfigureErrorSettings = settings =>
        {
            if (settings is ErrorSettings { ExchangeName: ErrorQueue })
            {
                settings.SetQueueArgument(MessageTimeToLive, (long)retention.TotalMilliseconds);
            }
        };
    }
}
