using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// The whole platform, every project logging at Debug (more lines, more chances for personal data to slip into one),
/// and a capture of every message the broker routes from the moment the platform is up.
/// </summary>
public sealed class PersonalDataPlatform : IAsyncLifetime
{
    private static readonly string[] VerboseLogs =
    [
        "Projects:Environment:Logging__LogLevel__Default=Debug",
        "Projects:Environment:Logging__LogLevel__Microsoft.AspNetCore=Debug",
        "Projects:Environment:Logging__LogLevel__Yarp=Debug",
        "Projects:Environment:Logging__LogLevel__MassTransit=Debug",
        // Scopes too, as the telemetry exporter sends them: a value in a scope leaks as much as one in a message.
        "Projects:Environment:Logging__Console__IncludeScopes=true",
        // EF Core's Debug lines are its connection and tracking chatter; Information keeps every command it runs
        // (the values of its parameters are never logged: sensitive data logging stays off).
        "Projects:Environment:Logging__LogLevel__Microsoft.EntityFrameworkCore=Information",
    ];

    private RunningPlatform? _platform;
    private BrokerCapture? _capture;

    public RunningPlatform Platform =>
        _platform ?? throw new InvalidOperationException("The platform has not started.");

    public BrokerCapture Capture => _capture ?? throw new InvalidOperationException("The capture has not started.");

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync(settings: VerboseLogs);
        _capture = await BrokerCapture.StartAsync(_platform);
    }

    public async Task DisposeAsync()
    {
        if (_capture is not null)
        {
            await _capture.DisposeAsync();
        }

        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}
