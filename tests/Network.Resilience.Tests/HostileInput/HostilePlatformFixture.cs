using System.Text.Json;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>The platform, started once for the hostile-input tests, with a few real records and every service's OpenAPI
/// document.</summary>
public sealed class HostilePlatformFixture : IAsyncLifetime
{
    private RunningPlatform? _platform;

    public RunningPlatform Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public IReadOnlyDictionary<string, Guid> Records { get; private set; } = new Dictionary<string, Guid>();

    public ContractKnowledge Contract { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync();
        using var anonymous = await _platform.ClientAsync(null);
        var operations = new List<ApiOperation>();
        foreach (var service in RunningPlatform.Services)
        {
            using var document = JsonDocument.Parse(
                await anonymous.GetStringAsync(new Uri($"/openapi/{service}/v1.json", UriKind.Relative))
            );
            operations.AddRange(ApiOperation.ReadAll(service, document));
        }

        Operations = operations;
        using var taxonomy = JsonDocument.Parse(
            await anonymous.GetStringAsync(new Uri("/api/partners/taxonomy", UriKind.Relative))
        );
        var kind = taxonomy.RootElement.GetProperty("kinds")[0].GetProperty("code").GetString()!;
        Contract = new ContractKnowledge(DemoUsers.PartnerB, kind, DateTimeOffset.UtcNow);
        Records = await RealRecords.CreateAsync(_platform, Contract);
    }

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}
