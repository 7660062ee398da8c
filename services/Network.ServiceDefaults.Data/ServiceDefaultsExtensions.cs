using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.OpenApi;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;
using Network.ServiceDefaults.Telemetry;

namespace Network.ServiceDefaults;

/// <summary>What every service shares, its database and broker included, registered and wired in one call
/// each.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The web defaults (<see cref="WebDefaultsExtensions.AddWebDefaults"/>) and what a database and a broker
    /// add to them.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        if (DocumentGeneration.IsRunning)
        {
            builder.StandInForInfrastructure();
        }

        builder.AddWebDefaults();
        builder.AddDataTelemetry();
        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        return builder;
    }

    /// <summary>
    /// The request pipeline every service shares: the web defaults'
    /// (<see cref="WebDefaultsExtensions.UseWebDefaults"/>), which end once the caller is authorized, then the acting
    /// partner's standing and idempotency, both read from the service's database.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseWebDefaults();
        app.UsePartnerStanding();
        app.UseIdempotency();
        return app;
    }
}
