using Network.Testing.Databases;
using Xunit;

namespace Network.Testing.Hosting;

/// <summary>
/// A test class with a service of its own, on its own virtual host and database, started and ready
/// (its queues exist) before the first test runs.
/// </summary>
/// <typeparam name="TMarker">Any type of the service's assembly.</typeparam>
[Collection(TestInfrastructure.Collection)]
public abstract class ServiceTest<TMarker>(TestInfrastructure infrastructure, string databaseName) : IAsyncLifetime
    where TMarker : class
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    protected ServiceFactory<TMarker> Service { get; private set; } = null!;

    /// <summary>The settings the service runs with, to start another service or instance beside it.</summary>
    protected Dictionary<string, string?> Settings { get; private set; } = [];

    protected string RabbitMq => Settings["ConnectionStrings:rabbitmq"]!;

    public virtual async Task InitializeAsync()
    {
        Settings = await Infrastructure.ServiceSettingsAsync();
        Settings[$"ConnectionStrings:{databaseName}"] = await TestDatabase.CreateAsync(databaseName);
        Configure(Settings);
        Service = new ServiceFactory<TMarker>(Settings, ConfigureServices);
        await Service.StartAsync();
    }

    public virtual async Task DisposeAsync() => await Service.DisposeAsync();

    /// <summary>Replaces some of the service's services before it starts (a test clock, say).</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }

    /// <summary>Adjusts the service's settings before it starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings) { }
}
