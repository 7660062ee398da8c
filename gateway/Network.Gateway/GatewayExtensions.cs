using Network.ServiceDefaults.Telemetry;
using Scalar.AspNetCore;
using Yarp.ReverseProxy.Transforms;

namespace Network.Gateway;

public static class GatewayExtensions
{
    public static void AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(transforms => transforms.AddRequestTransform(context =>
            {
                // The service logs under the same id the caller was given.
                if (CorrelationId.Of(context.HttpContext) is { } correlationId)
                {
                    context.ProxyRequest.Headers.Remove(CorrelationId.HeaderName);
                    context.ProxyRequest.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, correlationId);
                }

                return ValueTask.CompletedTask;
            }));
        builder.AddGatewayRateLimits();
        builder.AddGatewayCors();
        builder.AddServicesHealth();
    }

    public static void MapGateway(this WebApplication app)
    {
        app.MapReverseProxy();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("Réseau de l'inclusion numérique — API");
            foreach (var service in ServicesHealth.ServiceNames(app.Configuration))
            {
                options.AddDocument(service, service, $"/openapi/{service}/v1.json");
            }
        }).AllowAnonymous();
    }
}
