using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Network.Resilience.Tests.Access;

/// <summary>
/// The whole platform's contract of who may do what, through the gateway: every route of <see cref="AccessMatrix"/> for
/// every role, each cell that changes state on a record of its own.
/// </summary>
[Collection(AccessPlatform.Collection)]
public sealed class AccessMatrixTests(AccessPlatform platform)
{
    private const string JsonLd = "application/ld+json";

    [Fact]
    public async Task Every_route_the_services_publish_has_a_row_and_every_row_a_route()
    {
        var published = await PublishedRoutes.ReadAsync(platform.Gateway);
        var rows = AccessMatrix.Rows.Select(row => row.Key).ToHashSet(StringComparer.Ordinal);

        var withoutRow = published.Except(rows).Order(StringComparer.Ordinal).ToList();
        var withoutRoute = rows.Except(published).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            withoutRow.Count == 0 && withoutRoute.Count == 0,
            $"Routes without a row: {string.Join(", ", withoutRow)}{Environment.NewLine}Rows without a route: "
                + $"{string.Join(", ", withoutRoute)}"
        );
    }

    [Fact]
    public async Task Every_role_gets_what_the_contract_implies_on_every_route()
    {
        var targets = new Targets(platform);
        var profileOfA = await targets.ProfileOfAAsync();
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };

        await Parallel.ForEachAsync(AccessMatrix.Rows, options, async (row, _) =>
        {
            // A read changes nothing: its roles share one record; anything else gets a record per cell.
            var shared = row.Method == "GET" ? await TryMakeAsync(targets, row, failures) : null;
            foreach (var role in Roles.All)
            {
                var record = shared ?? (row.Method == "GET" ? null : await TryMakeAsync(targets, row, failures));
                if (record is null)
                {
                    continue;
                }

                var failure = await CheckCellAsync(row, role, record, profileOfA);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        });

        var cells = AccessMatrix.Rows.Length * Roles.All.Length;
        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} of {cells} cells differ from the contract:{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal))
        );
    }

    private async Task<string?> CheckCellAsync(AccessRow row, Role role, TargetRecord record, object profileOfA)
    {
        var path =
            row.Route.Replace("{id}", record.Id.ToString(), StringComparison.Ordinal)
                .Replace("{seriesId}", record.Id.ToString(), StringComparison.Ordinal)
                .Replace("{registrationId}", record.ChildId.ToString(), StringComparison.Ordinal)
                .Replace("{userId}", Targets.AdminOfA, StringComparison.Ordinal) + Bodies.QueryFor(row, record);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (Bodies.For(row, profileOfA) is { } body)
        {
            request.Content = JsonContent.Create(body);
        }

        if (row.Target == Target.PublishedEventAsJsonLd)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonLd));
        }

        using var response = await platform.SendAsync(Roles.UserOf(role), request);
        var status = (int)response.StatusCode;
        var expected = row.Expected[(int)role];
        if (status != expected)
        {
            var text = await response.Content.ReadAsStringAsync();
            return $"{row} as {role}: {status}, expected {expected} {text[..Math.Min(text.Length, 300)]}";
        }

        if (row.Target == Target.PublishedEventAsJsonLd && response.Content.Headers.ContentType?.MediaType != JsonLd)
        {
            return $"{row} as {role}: {response.Content.Headers.ContentType}, expected {JsonLd}";
        }

        return null;
    }

    private static async Task<TargetRecord?> TryMakeAsync(
        Targets targets,
        AccessRow row,
        ConcurrentBag<string> failures
    )
    {
        try
        {
            return await targets.MakeAsync(row.Target);
        }
        catch (InvalidOperationException exception)
        {
            failures.Add($"{row}: its record could not be made: {exception.Message}");
            return null;
        }
    }
}
