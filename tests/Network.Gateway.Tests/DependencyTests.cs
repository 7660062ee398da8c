using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>The gateway proxies HTTP: no database, no broker, and none of the libraries that reach them, reach
/// it.</summary>
public sealed class DependencyTests() : WebOnlyDependencyTests("Network.Gateway", typeof(GatewayMarker).Assembly);
