using Network.Partners.Api;
using Network.Partners.Members;
using Network.Partners.Notices;
using Network.Partners.Persistence;
using Network.Partners.Seeding;
using Network.Partners.Taxonomy;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;

namespace Network.Partners;

public static class PartnersServiceExtensions
{
    public const string ServiceName = "partners";

    public static void AddPartnersService(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PartnersOptions>(builder.Configuration.GetSection(PartnersOptions.SectionName));
        builder.Services.AddSingleton(PartnerTaxonomy.Load());
        builder.Services.AddPartnersApiDescription();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<PartnersDbContext>("partnersdb");
        builder.AddServiceMessaging(ServiceName);
        builder.AddMembers();
        builder.AddNotices<PartnerNoticeComposer>();
        if (builder.Configuration.GetValue("Seed:Demo", false))
        {
            builder.Services.AddHostedService<DemoNetworkSeeder>();
        }
    }

    public static void MapPartnersApi(this WebApplication app) => app.MapPartnersEndpoints();
}
