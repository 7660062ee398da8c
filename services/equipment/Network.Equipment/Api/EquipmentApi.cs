using Network.Equipment.Persistence;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Replicas;

namespace Network.Equipment.Api;

internal static class EquipmentApi
{
    public static void MapEquipmentApi(this IEndpointRouteBuilder app)
    {
        var equipment = app.MapGroup("/api/equipment")
            .WithTags("Equipment")
            .RequireAuthorization()
            .RequirePartnerStanding();
        equipment.MapCatalogueEndpoints();
        equipment.MapItemEndpoints();
        equipment.MapCalendarEndpoints();
        equipment.MapReservationEndpoints();
        equipment.MapLoanEndpoints();
        equipment.MapUndeliveredNotices<EquipmentDbContext>();
    }
}
