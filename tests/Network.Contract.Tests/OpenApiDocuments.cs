using System.Reflection;

namespace Network.Contract.Tests;

/// <summary>The services' OpenAPI documents: those committed in <c>docs/openapi/</c>, and those the build wrote from
/// the code.</summary>
public static class OpenApiDocuments
{
    public const string RegenerateCommand = "./network.sh openapi";

    public static readonly string[] Names = ["partners", "events", "referrals", "equipment", "activity"];

    public static TheoryData<string> Services => new(Names);

    public static string CommittedFolder { get; } =
        typeof(OpenApiDocuments)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CommittedOpenApiDocuments")
            .Value!;

    public static string GeneratedFolder { get; } = Path.Combine(AppContext.BaseDirectory, "openapi");

    public static string CommittedPath(string service) => Path.Combine(CommittedFolder, $"{service}.json");

    public static string GeneratedPath(string service) => Path.Combine(GeneratedFolder, $"{service}.json");
}
