namespace Network.Events.Api;

internal static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/events").WithTags("Events");
        events.MapEventsEndpoints();
        events.MapCalendarEndpoints();
        events.MapCategoriesEndpoint();
        events.MapSeriesEndpoints();
        events.MapOrganisedEndpoints();
        events.MapEditEndpoints();
        events.MapRegistrationsEndpoints();
        events.MapRegistrationErasureEndpoints();
        events.MapNoticeStopEndpoints();
        events.MapAttendanceEndpoints();
    }
}
