using System.Reflection;
using System.Text;

namespace Network.Contract.Tests;

/// <summary>
/// The code reads at 120 characters a line (<c>max_line_length</c> in .editorconfig): the formatter keeps C# code to
/// it, but long strings, comments and Razor markup are broken by hand, and this test keeps them so.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 120;

    private static readonly string[] Extensions = [".cs", ".razor"];

    /// <summary>Build output, and the EF Core migrations, which the tool generates.</summary>
    private static readonly string[] SkippedFolders = ["bin", "obj", "Migrations", "node_modules", "TestResults"];

    private static string RepositoryRoot { get; } =
        typeof(LineLengthTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot")
            .Value!;

    [Fact]
    public void No_line_of_the_code_or_the_markup_is_longer_than_120_characters()
    {
        var files = Files(RepositoryRoot).ToList();
        var tooLong = files
            .SelectMany(file => LongLines(file).Select(line => $"{Relative(file)}:{line.Number} ({line.Length})"))
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(
            tooLong.Count == 0,
            $"{tooLong.Count} lines are longer than {MaxLength} characters; break them by hand (strings into "
                + $"concatenations, markup at its attributes or between words):{Environment.NewLine}"
                + string.Join(Environment.NewLine, tooLong)
        );
    }

    /// <summary>The .cs and .razor files under <paramref name="folder"/>, outside build output, migrations and
    /// hidden folders (.git and the like).</summary>
    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var file in Files(child))
            {
                yield return file;
            }
        }
    }

    /// <summary>The lines longer than the limit, counted in characters as a reader sees them (Unicode scalar
    /// values, not UTF-16 units).</summary>
    private static IEnumerable<(int Number, int Length)> LongLines(string file) =>
        File.ReadAllText(file, Encoding.UTF8)
            .Split('\n')
            .Select((line, index) => (Number: index + 1, Length: line.TrimEnd('\r').EnumerateRunes().Count()))
            .Where(line => line.Length > MaxLength);

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
}
