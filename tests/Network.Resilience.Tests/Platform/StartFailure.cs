using System.Globalization;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Network.Resilience.Tests.Platform;

/// <summary>What a platform that did not become healthy in time was waiting for: each instance started and not healthy,
/// its state and its last lines.</summary>
internal static class StartFailure
{
    private const int LastLines = 20;

    public static string Describe(DistributedApplication app, LogCapture logs)
    {
        var text = new StringBuilder();
        var lines = logs.Lines;
        foreach (var instance in logs.Instances)
        {
            if (
                !app.ResourceNotifications.TryGetCurrentState(instance, out var current)
                || current.Snapshot.HealthStatus == HealthStatus.Healthy
                || current.Snapshot.State?.Text == KnownResourceStates.NotStarted
            )
            {
                continue;
            }

            text.Append(
                CultureInfo.InvariantCulture,
                $"\n{instance}: {current.Snapshot.State?.Text ?? "no state"}, "
                    + $"{current.Snapshot.HealthStatus?.ToString() ?? "no health yet"}"
            );
            foreach (var line in lines.Where(line => line.Resource == instance).TakeLast(LastLines))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    {line.Text}");
            }
        }

        return text.Length == 0 ? " Every instance reported healthy." : text.ToString();
    }
}
