using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Network.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Network.Portal.Tests;

/// <summary>
/// The whole platform started from the app host in local mode, as <c>network.sh run</c> starts it (a private
/// RabbitMQ node, SQLite files in a data folder of its own, DevIdentity, the services, the portal and the gateway in
/// front of both), and Chromium to look at it.
/// </summary>
public sealed class PortalFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string Collection = "portal";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Chromium _chromium = new();
    private DistributedApplication? _app;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("network-portal-").FullName;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    /// <summary>Where the gateway answers, the portal's and the API's single address; pages are opened relative to
    /// it.</summary>
    public Uri Gateway => App.GetEndpoint("gateway", "http");

    public Uri Identity => App.GetEndpoint("identity", "http");

    public IBrowser Browser => _chromium.Browser;

    /// <summary>From the app host's start to a healthy gateway.</summary>
    public TimeSpan StartDuration { get; private set; }

    public async Task InitializeAsync()
    {
        // First, so that a missing Chromium fails the run before the platform's minute of starting.
        await _chromium.InitializeAsync();
        var started = Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Network_AppHost>([
            "Infrastructure=local",
            $"DataFolder={DataFolder}",
            $"Ports:Gateway={FreePort.Next()}",
            $"Ports:Identity={FreePort.Next()}",
        ]);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        _app = await builder.BuildAsync();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        StartDuration = started.Elapsed;
        diagnostics.OnMessage(
            new DiagnosticMessage(
                $"Platform started in {StartDuration.TotalSeconds:F1} s; gateway at {Gateway}; screenshots in "
                    + $"{Screenshots.Folder}"
            )
        );
    }

    /// <summary>A new browser context shaped like <paramref name="visitor"/> (a desktop by default), its relative
    /// addresses resolved against the gateway.</summary>
    public Task<IBrowserContext> NewContextAsync(Visitor? visitor = null) =>
        _chromium.NewContextAsync(visitor ?? Visitor.Desktop, Gateway);

    /// <summary>A page in a context of its own, shaped like <paramref name="visitor"/>; dispose it to close
    /// both.</summary>
    public Task<BrowserTab> NewPageAsync(Visitor? visitor = null) =>
        _chromium.NewPageAsync(visitor ?? Visitor.Desktop, Gateway);

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
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
