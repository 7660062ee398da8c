using Network.Partners.Export;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Partners.Api;

internal static class PartnersApi
{
    public static void MapPartnersEndpoints(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/partners").WithTags("Partners");
        partners.MapDirectoryEndpoints();
        partners.MapExportEndpoints();
        partners.MapProfileEndpoints();
        partners.MapLifecycleEndpoints();
        partners.MapMembersEndpoints();
        partners.MapUndeliveredNotices<PartnersDbContext>();
    }
}
