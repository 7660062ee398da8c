using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Health;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.OpenApi;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Telemetry;

namespace Network.ServiceDefaults;

/// <summary>What every deployable of the network shares, registered and wired in one call each.</summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.AddHttpDefaults();
        builder.AddProblemResponses();
        builder.AddKeycloakAuthentication();
        builder.AddServiceOpenApi();
        builder.AddIdempotency();
        return builder;
    }

    /// <summary>The request pipeline every service shares, and its default endpoints.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCorrelationId();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseActingPartner();
        app.UseAuthorization();
        app.UseIdempotency();

        app.MapDefaultHealthChecks();
        app.MapServiceOpenApi();
        return app;
    }
}
