using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;
using Network.Testing.Databases;
using Network.Testing.Hosting;

namespace Network.ServiceDefaults.Tests.Sample;

/// <summary>
/// A small service built only from the shared building blocks, on real HTTP, a real broker and a real
/// database, so that each block is proven apart from any one service's rules.
/// </summary>
internal sealed class SampleService : IAsyncDisposable
{
    private SampleService(WebApplication app, Uri baseAddress, IReadOnlyDictionary<string, string?> settings)
    {
        App = app;
        BaseAddress = baseAddress;
        Settings = settings;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>The settings it runs with, to start a second instance on the same database and broker.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string RabbitMq => Settings["ConnectionStrings:rabbitmq"]!;

    public OutboxSignal OutboxSignal => App.Services.GetRequiredService<OutboxSignal>();

    public static async Task<SampleService> StartAsync(IDictionary<string, string?> settings)
    {
        if (!settings.ContainsKey("ConnectionStrings:sampledb"))
        {
            settings["ConnectionStrings:sampledb"] = await TestDatabase.CreateAsync("sample");
        }

        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions
            {
                EnvironmentName = "Testing",
                ApplicationName = typeof(SampleService).Assembly.GetName().Name,
            }
        );
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.Services.AddOpenApi();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<SampleDbContext>("sampledb");
        builder.AddServiceMessaging("sample", bus =>
        {
            bus.AddConsumer<NoteWrittenConsumer>();
            bus.AddConsumer<PoisonPillConsumer>();
        });

        var app = builder.Build();
        app.UseServiceDefaults();
        SampleEndpoints.Map(app);
        await app.StartAsync();
        var service = new SampleService(app, new Uri(app.Urls.First()), new Dictionary<string, string?>(settings));
        await Readiness.WaitUntilHealthyAsync(service.Client());
        return service;
    }

    /// <summary>A client that, like a browser or a script, sends no trace headers of its own.</summary>
    public HttpClient Client(string? token = null, Guid? actingPartner = null) =>
        new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null })
        {
            BaseAddress = BaseAddress,
        }.Acting(token, actingPartner);

    public async Task<T> WithDbAsync<T>(Func<SampleDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SampleDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
