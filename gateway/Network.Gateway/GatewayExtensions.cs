using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Telemetry;
using Scalar.AspNetCore;
using Yarp.ReverseProxy.Transforms;

namespace Network.Gateway;

public static class GatewayExtensions
{
    public static void AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        builder
            .Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(transforms =>
                transforms.AddRequestTransform(context =>
                {
                    // The service logs under the same id the caller was given.
                    if (CorrelationId.Of(context.HttpContext) is { } correlationId)
                    {
                        context.ProxyRequest.Headers.Remove(CorrelationId.HeaderName);
                        context.ProxyRequest.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, correlationId);
                    }

                    return ValueTask.CompletedTask;
                })
            );
        // The portal's catch-all must not answer under the gateway's own paths.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, GatewayPathsPolicy>());
        builder.AddTrustedProxies();
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
                foreach (var service in GatewayClusters.Apis(app.Configuration))
                {
                    options.AddDocument(service, service, $"/openapi/{service}/v1.json");
                }
            })
            .AllowAnonymous();
    }
}
