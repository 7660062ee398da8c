using System.Diagnostics;

namespace Network.ServiceDefaults.Telemetry;

/// <summary>
/// Lets a caller's <c>X-Correlation-Id</c> become the trace id of the request when it sent no
/// <c>traceparent</c>, so that the id a partner quotes to support is the one found in the logs.
/// </summary>
internal sealed class CorrelationIdPropagator(DistributedContextPropagator inner) : DistributedContextPropagator
{
    public override IReadOnlyCollection<string> Fields { get; } = [.. inner.Fields, CorrelationId.HeaderName];

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) =>
        inner.Inject(activity, carrier, setter);

    public override void ExtractTraceIdAndState(
        object? carrier,
        PropagatorGetterCallback? getter,
        out string? traceId,
        out string? traceState
    )
    {
        inner.ExtractTraceIdAndState(carrier, getter, out traceId, out traceState);
        if (traceId is not null || getter is null)
        {
            return;
        }

        getter(carrier, CorrelationId.HeaderName, out var correlationId, out _);
        if (CorrelationId.IsTraceId(correlationId))
        {
            traceId = $"00-{correlationId}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
        }
    }

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(
        object? carrier,
        PropagatorGetterCallback? getter
    ) => inner.ExtractBaggage(carrier, getter);
}
