using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;

namespace Network.ServiceDefaults.Tests;

/// <summary>A test class with a sample service of its own, on its own virtual host and database.</summary>
[Collection(TestInfrastructure.Collection)]
public abstract class SampleServiceTest(TestInfrastructure infrastructure) : IAsyncLifetime
{
    protected TestInfrastructure Infrastructure { get; } = infrastructure;

    internal SampleService Service { get; private set; } = null!;

    protected static Guid PartnerA { get; } = Guid.CreateVersion7();

    protected static Guid PartnerB { get; } = Guid.CreateVersion7();

    public virtual async Task InitializeAsync() =>
        Service = await SampleService.StartAsync(await Infrastructure.ServiceSettingsAsync());

    public virtual async Task DisposeAsync() => await Service.DisposeAsync();
}
