namespace Network.Gateway;

/// <summary>Names the gateway's assembly to hosts that start it in-process (tests, benchmarks).</summary>
public sealed class GatewayMarker;
