using Network.Events.Api;
using Network.Events.Messaging;
using Network.Events.Notices;
using Network.Events.Persistence;
using Network.Events.Privacy;
using Network.Events.Seeding;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Replicas;

namespace Network.Events;

public static class EventsServiceExtensions
{
    public const string ServiceName = "events";

    /// <summary>The Data Protection purpose of registrants' data at rest; changing it makes what is stored
    /// unreadable.</summary>
    public const string PersonalDataPurpose = "Network.Events.PersonalData.v1";

    public static void AddEventsService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPersonalDataProtector(PersonalDataPurpose);
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.Services.AddSingleton<ContactHashes>();
        builder.Services.AddScoped<Registrations>();
        builder
            .Services.AddOptions<EventsOptions>()
            .BindConfiguration(EventsOptions.SectionName)
            .Validate(
                options => options.IsValid,
                $"Events:AnonymousMaxSeats is between 1 and {RegistrationBody.MaxSeats}, "
                    + "Events:RegistrationRetentionDays and Events:ReminderHours at least 1, "
                    + "Events:CommandErrorRetention positive and under 24 days."
            )
            .ValidateOnStart();
        builder.Services.AddEventsApiDescription();
        builder.Services.AddValidation();
        builder.Services.AddHostedService<EventCompletion>();
        builder.Services.AddHostedService<RegistrationRetention>();
        builder.AddNotices<RegistrantNoticeComposer>();
        builder.Services.AddHostedService<EventReminders>();
        if (builder.Configuration.GetValue("Seed:Demo", false))
        {
            builder.Services.AddHostedService<DemoEventsSeeder>();
        }

        builder.AddServiceMessaging(
            ServiceName,
            bus =>
            {
                bus.AddPartnerReplicaConsumer();
                bus.AddConsumer<OrganiserArchivedConsumer>();
                bus.AddConsumer<ReferralErasedConsumer>();
                bus.AddConsumer<RegisterResidentForEventConsumer>()
                    .Endpoint(endpoint => endpoint.Name = Contracts.Referrals.RegisterResidentForEvent.Queue);
                bus.AddConfigureEndpointsCallback(
                    (_, queue, endpoint) =>
                    {
                        // The command carries a resident's first name and contacts. MassTransit's fault, published to
                        // the whole network when handling fails, would carry them too; the command waits in this
                        // service's error queue instead.
                        if (queue == Contracts.Referrals.RegisterResidentForEvent.Queue)
                        {
                            endpoint.PublishFaults = false;
                        }
                    }
                );
            },
            rabbit => rabbit.LimitCommandErrorRetention(builder.Configuration)
        );
    }

    public static void MapEventsService(this WebApplication app) => app.MapEventsApi();
}
