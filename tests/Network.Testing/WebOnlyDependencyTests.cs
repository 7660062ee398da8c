using System.Reflection;
using Xunit;

namespace Network.Testing;

/// <summary>
/// A deployable that only serves HTTP (the gateway, the portal) carries no database and no broker: neither its package
/// graph nor any assembly its code refers to, directly or through another, is EF Core, a database provider,
/// MassTransit, its broker's client, or the services' data blocks that bring them.
/// </summary>
public abstract class WebOnlyDependencyTests(string deployable, Assembly assembly)
{
    private static readonly string[] DataAndMessaging =
    [
        "Microsoft.EntityFrameworkCore",
        "MassTransit",
        "RabbitMQ.Client",
        "Microsoft.Data.Sqlite",
        "Microsoft.Data.SqlClient",
        "Network.ServiceDefaults.Data",
    ];

    private static readonly HashSet<string> SharedFrameworks =
    [
        Path.GetDirectoryName(typeof(object).Assembly.Location)!,
        Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Builder.WebApplication).Assembly.Location)!,
    ];

    [Fact]
    public void Its_package_graph_holds_no_data_or_messaging_library()
    {
        // Its own dependency manifest, which Microsoft.AspNetCore.Mvc.Testing copies beside the tests: its graph, not
        // theirs.
        using var deps = System.Text.Json.JsonDocument.Parse(
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, $"{deployable}.deps.json"))
        );
        var libraries = deps
            .RootElement.GetProperty("libraries")
            .EnumerateObject()
            .Select(library => library.Name.Split('/')[0])
            .ToList();

        Assert.Contains("Network.ServiceDefaults", libraries);
        Assert.DoesNotContain(libraries, IsDataOrMessaging);
    }

    [Fact]
    public void No_assembly_it_refers_to_refers_to_a_data_or_messaging_library()
    {
        var chains = References(assembly);
        var reached = chains.Where(chain => IsDataOrMessaging(chain.Key)).Select(chain => chain.Value).ToList();

        Assert.Contains("Network.ServiceDefaults", chains.Keys);
        Assert.True(reached.Count == 0, $"Reached: {string.Join("; ", reached)}");
    }

    private static bool IsDataOrMessaging(string name) =>
        DataAndMessaging.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || name.Contains(".EntityFrameworkCore", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every assembly <paramref name="root"/> refers to, directly or through others, with the chain that reaches it
    /// (<c>Network.Gateway → Network.ServiceDefaults → MassTransit</c>); the shared frameworks' own references are not
    /// followed.
    /// </summary>
    private static Dictionary<string, string> References(Assembly root)
    {
        var chains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [root.GetName().Name!] = root.GetName().Name!,
        };
        var pending = new Queue<Assembly>([root]);
        while (pending.TryDequeue(out var current))
        {
            var chain = chains[current.GetName().Name!];
            foreach (var reference in current.GetReferencedAssemblies())
            {
                if (!chains.TryAdd(reference.Name!, $"{chain} → {reference.Name}"))
                {
                    continue;
                }

                var referenced = Assembly.Load(reference);
                if (!SharedFrameworks.Contains(Path.GetDirectoryName(referenced.Location)!))
                {
                    pending.Enqueue(referenced);
                }
            }
        }

        return chains;
    }
}
