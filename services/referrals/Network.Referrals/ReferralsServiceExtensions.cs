using Network.Contracts.Referrals;
using Network.Referrals.Api;
using Network.Referrals.Messaging;
using Network.Referrals.Notices;
using Network.Referrals.Persistence;
using Network.Referrals.Privacy;
using Network.Referrals.Seats;
using Network.Referrals.Seeding;
using Network.Referrals.Timers;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Replicas;

namespace Network.Referrals;

public static class ReferralsServiceExtensions
{
    public const string ServiceName = "referrals";

    /// <summary>The Data Protection purpose of residents' data at rest; changing it makes what is stored
    /// unreadable.</summary>
    public const string PersonalDataPurpose = "Network.Referrals.PersonalData.v1";

    public static void AddReferralsService(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReferralsOptions>(builder.Configuration.GetSection(ReferralsOptions.SectionName));
        builder.Services.AddPersonalDataProtector(PersonalDataPurpose);
        builder.Services.AddReferralsApiDescription();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<ReferralsDbContext>("referralsdb");
        builder.Services.AddHostedService<AppendOnlyTriggersSetup>();
        builder.Services.AddHostedService<ReferralTimers>();
        builder.AddNotices<ReferralNoticeComposer>();
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
