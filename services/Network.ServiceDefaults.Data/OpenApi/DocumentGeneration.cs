using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Protection;

namespace Network.ServiceDefaults.OpenApi;

/// <summary>
/// The build writes each service's OpenAPI document (to <c>obj/</c>, the source of <c>docs/openapi/</c>) by running the
/// service's <c>Program</c> inside Microsoft.Extensions.ApiDescription.Server's <c>GetDocument.Insider</c>, which
/// starts the host without a server. There the service registers everything as usual, so that its endpoints are
/// described exactly as at run time, but it reaches no database, broker or key ring: the settings those need are
/// stand-ins, and no background work starts.
/// </summary>
internal static class DocumentGeneration
{
    public static bool IsRunning { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static void StandInForInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new StandIns());
        builder.ConfigureContainer(new DefaultServiceProviderFactory(), services =>
        {
            // The web host's own hosted service stays: it builds the pipeline whose endpoints the document describes.
            var background = services
                .Where(d =>
                    d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType?.Assembly.GetName().Name != "Microsoft.AspNetCore.Hosting"
                )
                .ToList();
            foreach (var descriptor in background)
            {
                services.Remove(descriptor);
            }
        });
    }

    /// <summary>Answers, after every other source, the settings a service cannot be built without.</summary>
    private sealed class StandIns : ConfigurationProvider, IConfigurationSource
    {
        private const string ConnectionStrings = "ConnectionStrings:";

        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public override bool TryGet(string key, out string? value)
        {
            value = key switch
            {
                _ when key.Equals(
                        ConnectionStrings + ServiceMessaging.ConnectionName,
                        StringComparison.OrdinalIgnoreCase
                    ) => "amqp://document-generation.invalid",
                _ when key.StartsWith(ConnectionStrings, StringComparison.OrdinalIgnoreCase) => "Data Source=:memory:",
                _ when key.Equals(KeyRing.PathKey, StringComparison.OrdinalIgnoreCase) => Path.GetTempPath(),
                _ => null,
            };
            return value is not null;
        }
    }
}
