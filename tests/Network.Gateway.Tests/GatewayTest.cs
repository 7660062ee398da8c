using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Network.Testing;
using Network.Testing.Hosting;

namespace Network.Gateway.Tests;

/// <summary>The real gateway in front of an echo service standing for every API service, and another for the
/// portal.</summary>
[Collection(TestInfrastructure.Collection)]
public abstract class GatewayTest(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    internal EchoService Backend { get; private set; } = null!;

    internal EchoService Portal { get; private set; } = null!;

    protected ServiceFactory<Network.Gateway.GatewayMarker> Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = await EchoService.StartAsync();
        Portal = await EchoService.StartAsync();
        var settings = new Dictionary<string, string?>(Infrastructure.Issuer.ServiceSettings)
        {
            ["services:partners:http:0"] = Backend.Url,
            ["services:events:http:0"] = Backend.Url,
            ["services:referrals:http:0"] = Backend.Url,
            ["services:equipment:http:0"] = Backend.Url,
            ["services:activity:http:0"] = Backend.Url,
            ["services:portal:http:0"] = Portal.Url,
            ["RateLimiting:Anonymous:PermitLimit"] = "1000",
            ["RateLimiting:SelfRegistration:PermitLimit"] = "1000",
            ["Cors:AllowedOrigins:0"] = "https://portail.example.org",
        };
        Configure(settings);
        Gateway = new ServiceFactory<Network.Gateway.GatewayMarker>(settings, services =>
        {
            services.AddTransient<IStartupFilter, TestPeer>();
            ConfigureServices(services);
        });
        _ = Gateway.Server;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Portal.DisposeAsync();
        await Backend.DisposeAsync();
    }

    /// <summary>Adjusts the gateway's settings before it starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings) { }

    /// <summary>Replaces the gateway's services (its clock, say) before it starts.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }
}
