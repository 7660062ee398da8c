using Network.Activity.Api;
using Network.Activity.Messaging;
using Network.Activity.Persistence;
using Network.Activity.Projection;
using Network.Activity.Queries;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;

namespace Network.Activity;

public static class ActivityServiceExtensions
{
    public const string ServiceName = "activity";

    public static void AddActivityService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddActivityApiDescription();
        builder.AddServiceDatabase<ActivityDbContext>("activitydb");
        builder.Services.AddScoped<MessageRecorder>();
        builder.Services.AddScoped<ReadModelRebuild>();
        builder.Services.AddSingleton<RebuildLock>();
        builder.Services.AddHostedService<DailyTotalsBackfill>();
        builder.Services.AddSingleton<GroupCommit>();
        builder.Services.AddSingleton<FiguresMemo>();
        builder.Services.AddScoped<OverviewQuery>();
        builder.Services.AddScoped<TimeseriesQuery>();
        builder.Services.AddScoped<PartnerTableQuery>();
        builder.Services.AddScoped<ReferralFlowsQuery>();
        builder.Services.AddScoped<PendingReferralsQuery>();
        builder.Services.AddScoped<PublicFiguresQuery>();
        builder.Services.AddMemoryCache();
        builder.AddServiceMessaging(ServiceName, bus => bus.AddNetworkMessagesConsumers());
    }

    public static void MapActivityService(this WebApplication app) => app.MapActivityApi();
}
