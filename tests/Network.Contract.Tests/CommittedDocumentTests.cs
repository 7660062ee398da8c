namespace Network.Contract.Tests;

/// <summary>The committed documents are the contract clients read: each must be what the service's code describes
/// now.</summary>
public sealed class CommittedDocumentTests
{
    [Theory]
    [MemberData(nameof(OpenApiDocuments.Services), MemberType = typeof(OpenApiDocuments))]
    public void The_committed_document_is_the_one_the_code_produces(string service)
    {
        var committedPath = OpenApiDocuments.CommittedPath(service);
        Assert.True(
            File.Exists(committedPath),
            $"docs/openapi/{service}.json is missing: run {OpenApiDocuments.RegenerateCommand} and commit it."
        );

        var committed = Lines(File.ReadAllText(committedPath));
        var generated = Lines(File.ReadAllText(OpenApiDocuments.GeneratedPath(service)));
        var line = Enumerable
            .Range(0, Math.Max(committed.Length, generated.Length))
            .FirstOrDefault(i => i >= committed.Length || i >= generated.Length || committed[i] != generated[i], -1);
        var stale =
            $"docs/openapi/{service}.json is not what the code of the {service} service describes: "
            + $"run {OpenApiDocuments.RegenerateCommand} and commit the change.";
        Assert.True(
            line < 0,
            $"""
            {stale}
            First difference, line {line + 1}:
              committed: {(line >= 0 && line < committed.Length ? committed[line] : "(end of file)")}
              generated: {(line >= 0 && line < generated.Length ? generated[line] : "(end of file)")}
            """
        );
    }

    [Fact]
    public void Every_committed_document_belongs_to_a_service()
    {
        var strays = Directory
            .EnumerateFiles(OpenApiDocuments.CommittedFolder, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !OpenApiDocuments.Names.Contains(name))
            .ToList();

        Assert.True(strays.Count == 0, $"docs/openapi holds documents of no service: {string.Join(", ", strays)}");
    }

    /// <summary>The document's lines, whatever the line endings and trailing spaces.</summary>
    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").Trim().Split('\n').Select(line => line.TrimEnd()).ToArray();
}
