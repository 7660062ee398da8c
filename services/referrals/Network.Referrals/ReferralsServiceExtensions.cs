using Network.Contracts.Referrals;
using Network.Referrals.Api;
using Network.Referrals.Messaging;
using Network.Referrals.Persistence;
using Network.Referrals.Privacy;
using Network.Referrals.Seats;
using Network.Referrals.Seeding;
using Network.Referrals.Timers;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Referrals;

public static class ReferralsServiceExtensions
{
    public const string ServiceName = "referrals";

    public static void AddReferralsService(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReferralsOptions>(builder.Configuration.GetSection(ReferralsOptions.SectionName));
        builder.Services.AddSingleton<PersonalDataProtector>();
        builder.Services.AddReferralsApiDescription();
        builder.AddServiceDatabase<ReferralsDbContext>("referralsdb");
        builder.Services.AddHostedService<AppendOnlyTriggersSetup>();
        builder.Services.AddHostedService<ReferralTimers>();
        builder.AddServiceMessaging(ServiceName, bus =>
        {
            bus.AddPartnerReplicaConsumer();
            bus.AddConsumer<EventAnswersConsumer>();
            bus.AddConsumer<EventReplicaConsumer>();
        });
        if (builder.Configuration.GetValue("Seed:Demo", false))
        {
            builder.Services.AddHostedService<DemoReferralsSeeder>();
        }
    }

    public static void MapReferralsService(this WebApplication app) => app.MapReferralsApi();
}
