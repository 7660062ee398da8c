using System.Net;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests;

public sealed class PlatformSmokeTests
{
    [Fact]
    public async Task Two_instances_of_every_service_start_and_a_killed_one_comes_back()
    {
        await using var platform = await RunningPlatform.StartAsync(replicas: 2);
        Assert.All(RunningPlatform.Services, service => Assert.Equal(2, platform.InstancesOf(service).Count(i => i.Pid != 0)));

        await platform.KillAsync("events");
        await platform.StartAsync("events");
        using var anonymous = await platform.ClientAsync(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/api/events", UriKind.Relative))).StatusCode);
        Assert.Contains(platform.Logs, line => line.Resource.StartsWith("events", StringComparison.Ordinal));
    }
}
