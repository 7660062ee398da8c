namespace Network.Resilience.Tests.HostileInput;

public sealed partial class HostileRequestGenerator
{
    /// <summary>Query text is kept under the servers' request-line limit: a 1 MB value goes in bodies only.</summary>
    private const int MaxQueryText = 1500;

    private static readonly string[] BadDates =
    [
        "not-a-date",
        "2024-02-30",
        "2024-01-01T25:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2024-06-01T10:00:00+25:00",
        "' OR '1'='1",
    ];

    /// <summary>Values the contract refuses for a query parameter, from its schema and the contract's
    /// conventions.</summary>
    private static IReadOnlyList<string> BadQueryValues(ApiParameter parameter)
    {
        var name = parameter.Name;
        var schema = parameter.Schema;
        if (name.Equals("page", StringComparison.OrdinalIgnoreCase))
        {
            return ["0", "-1", "abc", "1.5", "2147483648", "99999999999999999999", "1e3"];
        }

        if (name.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
        {
            return ["0", "101", "-5", "abc", "2147483648", "100000"];
        }

        if (name.Equals("near", StringComparison.OrdinalIgnoreCase))
        {
            return ["abc", "91,0", "0,181", "1,2,3", "NaN,NaN", "1e400,0", "43.7;7.2"];
        }

        if (ContractKnowledge.CountQueryParameters.Contains(name))
        {
            return ["-1", "abc", "99999999999", "1.5"];
        }

        if (schema.Format is "date-time" or "date" || ContractKnowledge.DateQueryParameters.Contains(name))
        {
            return BadDates;
        }

        if (schema.Format == "uuid" || name.EndsWith("Id", StringComparison.Ordinal))
        {
            return ["not-a-guid", "' OR '1'='1", "0193a000-0000-7000-8000-00000000000g", "../../etc/passwd"];
        }

        return schema.Type switch
        {
            "integer" => ["abc", "-1", "2147483648", "1.5"],
            "number" => ["abc", "NaN", "Infinity", "-1", "1e400"],
            "boolean" => ["yes", "2", "truee"],
            _ when schema.IsEnumeration || ContractKnowledge.EnumeratedQueryParameters.Contains(name) =>
            [
                "inconnu",
                "' OR '1'='1",
                "../../etc/passwd",
                "%s%n",
                "<script>alert(1)</script>",
            ],
            _ => [],
        };
    }

    /// <summary>One request per bad value of each parameter; free-text parameters carry hostile text besides (or
    /// not).</summary>
    private IEnumerable<HostileRequest> QueryRequests(ApiOperation operation)
    {
        var freeText = operation.QueryParameters.Where(p => BadQueryValues(p).Count == 0).ToList();
        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var value in BadQueryValues(parameter))
            {
                foreach (var withRiders in new[] { false, true })
                {
                    var query = new List<string> { $"{parameter.Name}={Uri.EscapeDataString(value)}" };
                    if (withRiders)
                    {
                        query.AddRange(
                            freeText.Select(p => $"{p.Name}={QueryText(HostileText.Pick(_turn + p.Name.Length))}")
                        );
                    }

                    yield return new HostileRequest(
                        operation,
                        operation.Method,
                        $"{TargetPath(operation)}?{string.Join('&', query)}",
                        Next(Actors.All),
                        $"query {parameter.Name}={value}",
                        BaseBytes(operation),
                        JsonType(operation)
                    );
                }
            }
        }

        foreach (var (start, end) in ContractKnowledge.Periods)
        {
            var from = operation.QueryParameters.FirstOrDefault(p =>
                p.Name.Equals(start, StringComparison.OrdinalIgnoreCase)
            );
            var to = operation.QueryParameters.FirstOrDefault(p =>
                p.Name.Equals(end, StringComparison.OrdinalIgnoreCase)
            );
            if (from is null || to is null)
            {
                continue;
            }

            foreach (var actor in Actors.All)
            {
                var fromValue = Uri.EscapeDataString(ContractKnowledge.Instant(now.AddDays(30)));
                var toValue = Uri.EscapeDataString(ContractKnowledge.Instant(now.AddDays(2)));
                var query = $"{from.Name}={fromValue}&{to.Name}={toValue}";
                yield return new HostileRequest(
                    operation,
                    operation.Method,
                    $"{TargetPath(operation)}?{query}",
                    actor,
                    $"query {to.Name} before {from.Name}",
                    BaseBytes(operation),
                    JsonType(operation)
                );
            }
        }
    }

    private static string QueryText(string value) =>
        Uri.EscapeDataString(value.Length > MaxQueryText ? value[..MaxQueryText] : value);
}
