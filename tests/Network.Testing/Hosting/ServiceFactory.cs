using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Testing.Hosting;

/// <summary>
/// A service of the network hosted in the test process with its real configuration path: the settings
/// are given as host settings, which the service reads exactly as it reads environment variables.
/// </summary>
/// <typeparam name="TMarker">Any type of the service's assembly.</typeparam>
/// <param name="configureServices">Replaces services after the service registered its own (a test clock, say).</param>
public sealed class ServiceFactory<TMarker>(
    IReadOnlyDictionary<string, string?> settings,
    Action<IServiceCollection>? configureServices = null
) : WebApplicationFactory<TMarker>
    where TMarker : class
{
    public HttpClient CreateClient(string? token, Guid? actingPartner = null) =>
        CreateClient().Acting(token, actingPartner);

    /// <summary>Starts the service and waits until its database and broker answer, so that its queues exist.</summary>
    public Task StartAsync() => Readiness.WaitUntilHealthyAsync(CreateClient());

    /// <summary>Runs <paramref name="work"/> with a scoped service of the running host (its DbContext, say).</summary>
    public async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
