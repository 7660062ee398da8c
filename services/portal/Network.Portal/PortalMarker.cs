namespace Network.Portal;

/// <summary>Names the portal's assembly to hosts that start it in-process (tests).</summary>
public sealed class PortalMarker;
