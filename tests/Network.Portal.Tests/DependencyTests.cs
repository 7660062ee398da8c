using Network.Testing;

namespace Network.Portal.Tests;

/// <summary>The portal renders pages and calls the API: no database, no broker, and none of the libraries that reach
/// them, reach it.</summary>
public sealed class DependencyTests() : WebOnlyDependencyTests("Network.Portal", typeof(PortalMarker).Assembly);
