using Microsoft.Extensions.Options;
using Network.Portal.Identity;

namespace Network.Portal.Api;

internal static class PortalApiRegistration
{
    public static void AddPortalApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddTransient<ApiRequestHandler>();
        builder
            .Services.AddHttpClient<PortalApi>(
                (services, client) =>
                {
                    client.BaseAddress = services.GetRequiredService<IOptions<PortalOptions>>().Value.Api;
                    client.Timeout = TimeSpan.FromSeconds(30);
                }
            )
            .AddHttpMessageHandler<ApiRequestHandler>();
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName);
        builder.Services.AddScoped<StructuresClient>();
        builder.Services.AddScoped<WorkshopsClient>();
        builder.Services.AddScoped<OrganisedWorkshopsClient>();
        builder.Services.AddScoped<ReferralsClient>();
        builder.Services.AddScoped<EquipmentClient>();
        builder.Services.AddScoped<TeamClient>();
        builder.Services.AddScoped<ActivityClient>();
        builder.Services.AddScoped<NoticesClient>();
    }
}
