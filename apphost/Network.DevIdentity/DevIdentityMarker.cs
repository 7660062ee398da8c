namespace Network.DevIdentity;

/// <summary>
/// A type of this assembly for <c>WebApplicationFactory&lt;T&gt;</c>: several top-level <c>Program</c>
/// classes may be referenced by one test project, and the static classes here cannot be type arguments.
/// </summary>
public sealed class DevIdentityMarker;
