using System.Reflection;
using System.Text.Json;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Seeding;

/// <summary>
/// The demo data of local mode, embedded in a service's assembly and read with the API's own JSON rules (kebab-case
/// enumerations, no unknown field), so that a demo file is written exactly as a client would send it.
/// </summary>
public static class DemoData
{
    private static readonly JsonSerializerOptions Json = JsonDefaults.Apply(
        new JsonSerializerOptions(JsonSerializerDefaults.Web)
    );

    public static async Task<T> ReadAsync<T>(Assembly assembly, string resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        await using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is missing from the assembly.");
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"{resource} is empty.");
    }
}
