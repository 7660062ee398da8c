using Network.Partners.Export;

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
    }
}
