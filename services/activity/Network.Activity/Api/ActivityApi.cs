namespace Network.Activity.Api;

internal static class ActivityApi
{
    public static void MapActivityApi(this IEndpointRouteBuilder app)
    {
        var activity = app.MapGroup("/api/activity").WithTags("Activity").RequireAuthorization();
        activity.MapOverviewEndpoints();
        activity.MapReportEndpoints();
        activity.MapRebuildEndpoints();
        activity.MapPublicEndpoints();
    }
}
