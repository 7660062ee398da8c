using System.Diagnostics;

namespace Network.ServiceDefaults.Messaging;

internal static class OutboxDiagnostics
{
    public const string SourceName = "Network.Outbox";

    public static readonly ActivitySource Source = new(SourceName);
}
