using Network.Equipment.Api;
using Network.Equipment.Messaging;
using Network.Equipment.Notices;
using Network.Equipment.Persistence;
using Network.Equipment.Seeding;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Equipment;

public static class EquipmentServiceExtensions
{
    public const string ServiceName = "equipment";

    public static void AddEquipmentService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEquipmentApiDescription();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<EquipmentDbContext>("equipmentdb");
        builder.Services.AddScoped<EquipmentFacts>();
        builder.Services.AddScoped<ReservationChanges>();
        builder.Services.AddScoped<ItemLifecycle>();
        builder.Services.AddScoped<Bookings>();
        builder.Services.AddScoped<Handovers>();
        builder.Services.AddHostedService<OverdueLoans>();
        builder.AddNotices<LoanNoticeComposer>();
        builder.AddServiceMessaging(ServiceName, bus =>
        {
            bus.AddPartnerReplicaConsumer();
            bus.AddConsumer<BorrowerSuspendedConsumer>();
            bus.AddConsumer<PartnerArchivedConsumer>();
        });
        if (builder.Configuration.GetValue("Seed:Demo", false))
        {
            builder.Services.AddHostedService<DemoEquipmentSeeder>();
        }
    }

    public static void MapEquipmentService(this WebApplication app) => app.MapEquipmentApi();
}
