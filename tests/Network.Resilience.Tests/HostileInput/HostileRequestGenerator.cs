using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// Derives, from each operation of the OpenAPI documents, requests that break exactly one rule of the contract (a path
/// id that is no id, a partner the caller does not work for, a query value of the wrong type or out of range, a body
/// that is not the schema's), each carrying hostile text besides, sent by every role in turn. Path ids name the real
/// records given, so that hostile bodies reach the validation of real resources.
/// </summary>
public sealed partial class HostileRequestGenerator(
    ContractKnowledge contract,
    IReadOnlyDictionary<string, Guid> records,
    DateTimeOffset now
)
{
    /// <summary>
    /// Ids that are no id. A NUL in a path is not among them: the server refuses such a request line before any code of
    /// the platform runs, with a bare 400 no application can shape.
    /// </summary>
    private static readonly string[] HostileIds =
    [
        "not-a-guid",
        "0",
        "-1",
        "99999999999999999999",
        "00000000-0000-0000-0000-000000000000",
        "' OR '1'='1",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "line\r\nSet-Cookie: a=1",
        "%s%n",
        "{{7*7}}",
        "left\u202Etxt",
        "0193a000-0000-7000-8000-000000000001'--",
    ];

    private static readonly string[] HostileHeaderValues =
    [
        "not-a-guid",
        "' OR 1=1 --",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "%s%n%x",
        "{0}",
        "0193a000-0000-7000-8000-00000000000g",
        "0193a000-0000-7000-8000-000000000001, 0193a000-0000-7000-8000-000000000005",
    ];

    private int _turn;

    public IReadOnlyList<HostileRequest> Generate(IEnumerable<ApiOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var requests = new List<HostileRequest>();
        foreach (var operation in operations)
        {
            requests.AddRange(PathRequests(operation));
            requests.AddRange(HeaderRequests(operation));
            requests.AddRange(QueryRequests(operation));
            if (operation.Body is not null)
            {
                requests.AddRange(BodyRequests(operation));
            }
        }

        return requests;
    }

    /// <summary>The next actor of <paramref name="actors"/>, in turn, so that every role sends every kind of
    /// request.</summary>
    private Actor Next(IReadOnlyList<Actor> actors) => actors[_turn++ % actors.Count];

    /// <summary>The path with the ids of real records, or null when one of its parameters names no known
    /// record.</summary>
    private string? RealPath(ApiOperation operation)
    {
        var path = operation.Path;
        foreach (var parameter in operation.PathParameters)
        {
            if (!records.TryGetValue(CollectionOf(operation.Path, parameter.Name), out var id))
            {
                return null;
            }

            path = path.Replace($"{{{parameter.Name}}}", id.ToString(), StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>The path with real ids where known, ids of no record otherwise.</summary>
    private string TargetPath(ApiOperation operation) =>
        RealPath(operation)
        ?? operation.PathParameters.Aggregate(operation.Path, (path, parameter) =>
            path.Replace($"{{{parameter.Name}}}", Guid.CreateVersion7().ToString(), StringComparison.Ordinal)
        );

    /// <summary>The collection a path parameter names a member of: the literal segment before it
    /// (<c>/api/equipment/reservations/{id}</c>: reservations).</summary>
    public static string CollectionOf(string path, string parameter)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, $"{{{parameter}}}");
        return at > 0 ? segments[at - 1] : "";
    }

    private JsonObject? BaseBody(ApiOperation operation) =>
        operation.Body is null
            ? null
            : contract.ValidBody(operation.BodySchemaName) ?? JsonBodies.Synthesize(operation.Body, now) as JsonObject;

    private byte[]? BaseBytes(ApiOperation operation) =>
        BaseBody(operation) is { } body ? JsonBodies.Bytes(body) : null;

    private static string? JsonType(ApiOperation operation) => operation.Body is null ? null : "application/json";

    /// <summary>Ids that are no id, and ids of no record: 404 whoever asks (401 for whoever may not ask).</summary>
    private IEnumerable<HostileRequest> PathRequests(ApiOperation operation)
    {
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var value in HostileIds.Append(Guid.CreateVersion7().ToString()))
            {
                var path = operation.PathParameters.Aggregate(operation.Path, (path, other) =>
                    path.Replace(
                        $"{{{other.Name}}}",
                        other == parameter ? Uri.EscapeDataString(value) : RealOrUnknownId(operation, other),
                        StringComparison.Ordinal
                    )
                );
                yield return new HostileRequest(
                    operation,
                    operation.Method,
                    path,
                    Next(Actors.All),
                    $"path {parameter.Name} names no record",
                    BaseBytes(operation),
                    JsonType(operation),
                    new Dictionary<string, string>
                    {
                        ["X-Correlation-Id"] = HostileHeaderValues[_turn % HostileHeaderValues.Length],
                    }
                );
            }
        }
    }

    private string RealOrUnknownId(ApiOperation operation, ApiParameter parameter) =>
        (
            records.TryGetValue(CollectionOf(operation.Path, parameter.Name), out var id) ? id : Guid.CreateVersion7()
        ).ToString();

    /// <summary>An <c>X-Partner-Id</c> that is no partner id (400), or names a partner the caller does not work for
    /// (403).</summary>
    private IEnumerable<HostileRequest> HeaderRequests(ApiOperation operation)
    {
        foreach (var actor in Actors.Authenticated)
        {
            var malformed = HostileHeaderValues[_turn++ % HostileHeaderValues.Length];
            yield return new HostileRequest(
                operation,
                operation.Method,
                TargetPath(operation),
                actor with
                {
                    PartnerHeader = malformed,
                },
                "X-Partner-Id is not a partner id",
                BaseBytes(operation),
                JsonType(operation)
            );
            yield return new HostileRequest(
                operation,
                operation.Method,
                TargetPath(operation),
                actor with
                {
                    PartnerHeader = Actors.ForeignPartner(actor).ToString(),
                },
                "X-Partner-Id names a partner the caller does not work for",
                BaseBytes(operation),
                JsonType(operation)
            );
        }
    }
}
