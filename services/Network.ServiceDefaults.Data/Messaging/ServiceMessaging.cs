using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Messaging;

/// <summary>MassTransit on RabbitMQ, the outbox dispatcher and the retry policy every service shares.</summary>
public static class ServiceMessaging
{
    public const string ConnectionName = "rabbitmq";

    /// <param name="serviceName">Prefixes the service's queues: <c>events-partner-registered</c>.</param>
    /// <param name="configure">Registers the service's consumers.</param>
    /// <param name="configureBroker">Adjusts the broker's topology (arguments of the service's queues, say).</param>
    public static void AddServiceMessaging(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configure = null,
        Action<IRabbitMqBusFactoryConfigurator>? configureBroker = null
    )
    {
        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        builder.Services.Configure<MessagingOptions>(section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();
        var address = RabbitMqAddress.Parse(
            builder.Configuration.GetConnectionString(ConnectionName)
                ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.")
        );

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));

            // The platform reports to no third party: MassTransit's usage telemetry stays off.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
            configure?.Invoke(bus);
            bus.AddConfigureEndpointsCallback(
                (_, _, endpoint) =>
                {
                    // Quorum queues, replicated across the broker's nodes, so that a queue outlives the loss of one.
                    // Decided once: a queue's type cannot change in place. Error and skipped queues take the
                    // receive queue's arguments, so they are quorum queues too.
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.SetQuorumQueue();
                    }

                    // Outer: rounds spaced in time; inner: immediate retries within each round.
                    endpoint.UseMessageRetry(retry => retry.Intervals(options.EffectiveRetryIntervals));
                    endpoint.UseMessageRetry(retry => retry.Immediate(options.ImmediateRetries));
                }
            );
            bus.UsingRabbitMq(
                (context, rabbit) =>
                {
                    address.Configure(rabbit);
                    configureBroker?.Invoke(rabbit);
                    rabbit.ConfigureEndpoints(context);
                }
            );
        });

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddHostedService<OutboxDispatcher>();
    }
}
