using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;

namespace Network.EndToEnd.Tests;

/// <summary>
/// The whole platform started from the app host in local mode, as <c>network.sh run</c> starts it: a private
/// RabbitMQ node, SQLite files in a data folder of its own, DevIdentity, the services and the gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const string Collection = "platform";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private DistributedApplication? _app;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("network-e2e-").FullName;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    public Uri Gateway => App.GetEndpoint("gateway", "http");

    public Uri Identity => App.GetEndpoint("identity", "http");

    public Uri Partners => App.GetEndpoint("partners", "http");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Network_AppHost>([
            "Infrastructure=local",
            $"DataFolder={DataFolder}",
            $"Ports:Gateway={FreePort.Next()}",
            $"Ports:Identity={FreePort.Next()}",
            $"Database={(TestDatabase.Provider == DatabaseProvider.PostgreSql ? "PostgreSql" : "Sqlite")}",
            $"Ports:MailInbox={FreePort.Next()}",
            $"Ports:Smtp={FreePort.Next()}",
        ]);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        _app = await builder.BuildAsync();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms no later run.
        }
    }
}

[CollectionDefinition(PlatformFixture.Collection)]
public sealed class SharedPlatform : ICollectionFixture<PlatformFixture>;
