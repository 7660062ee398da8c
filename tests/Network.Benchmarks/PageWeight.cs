using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Network.Benchmarks;

/// <summary>
/// What a browser downloads to show a page: the HTML, then every stylesheet and script it names, each asked for with
/// the encodings a browser accepts. Bodies are counted as they arrive (compressed, when the server compresses) and
/// decoded; headers are not counted.
/// </summary>
internal sealed partial record PageWeight(IReadOnlyList<PageWeight.File> Files, int Cards)
{
    internal sealed record File(string Name, long Wire, long Decoded);

    public static async Task<PageWeight> MeasureAsync(Uri page)
    {
        // Decompressing on receipt would hide the size on the wire.
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var (html, body) = await FetchAsync(http, page);
        var text = Encoding.UTF8.GetString(body);
        var baseAddress = Tags(text, "base")
            .Select(tag => tag.GetValueOrDefault("href"))
            .FirstOrDefault(value => value is not null)
            is { } declared
            ? new Uri(page, declared)
            : page;
        var files = new List<File> { html };
        foreach (var asset in References(text).Select(reference => new Uri(baseAddress, reference)).Distinct())
        {
            files.Add((await FetchAsync(http, asset)).File);
        }

        return new PageWeight(files, CardPattern().Count(text));
    }

    public long Wire => Files.Sum(file => file.Wire);

    public long Decoded => Files.Sum(file => file.Decoded);

    public override string ToString()
    {
        var files = Files.Select(file => $"{file.Name} {Kilobytes(file.Wire)} / {Kilobytes(file.Decoded)}");
        return $"{Kilobytes(Wire)} KB / {Kilobytes(Decoded)} KB ({string.Join(", ", files)})";
    }

    private static string Kilobytes(long bytes) => Stats.Format(bytes / 1024.0, "0.0");

    /// <summary>The stylesheets and scripts a browser fetches before it can show the page.</summary>
    private static IEnumerable<string> References(string html) =>
        Tags(html, "link")
            .Where(tag =>
                tag.GetValueOrDefault("rel")
                    ?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Contains("stylesheet", StringComparer.OrdinalIgnoreCase) == true
            )
            .Select(tag => tag.GetValueOrDefault("href"))
            .Concat(Tags(html, "script").Select(tag => tag.GetValueOrDefault("src")))
            .OfType<string>();

    /// <summary>The attributes of each element <paramref name="name"/>, values decoded.</summary>
    private static IEnumerable<Dictionary<string, string>> Tags(string html, string name) =>
        TagPattern()
            .Matches(html)
            .Where(tag => string.Equals(tag.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            .Select(tag =>
                AttributePattern()
                    .Matches(tag.Groups["attributes"].Value)
                    .DistinctBy(attribute => attribute.Groups["name"].Value.ToLowerInvariant())
                    .ToDictionary(
                        attribute => attribute.Groups["name"].Value.ToLowerInvariant(),
                        attribute => WebUtility.HtmlDecode(attribute.Groups["value"].Value),
                        StringComparer.Ordinal
                    )
            );

    private static async Task<(File File, byte[] Decoded)> FetchAsync(HttpClient http, Uri url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var wire = await response.Content.ReadAsByteArrayAsync();
        var encoding = string.Join(",", response.Content.Headers.ContentEncoding).Trim().ToLowerInvariant();
        using var decoder = encoding switch
        {
            "" or "identity" => new MemoryStream(wire),
            "gzip" => new GZipStream(new MemoryStream(wire), CompressionMode.Decompress),
            "br" => (Stream)new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"{url} came encoded as {encoding}."),
        };
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        var name = Path.GetFileName(url.AbsolutePath) is { Length: > 0 } file ? file : url.AbsolutePath;
        var label = encoding is "" or "identity" ? name : $"{name} ({encoding})";
        return (new File(label, wire.LongLength, decoded.Length), decoded.ToArray());
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z]+)\b(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("""(?<name>[\w-]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'>]+))""")]
    private static partial Regex AttributePattern();

    // Each workshop of the list is one card: a full page shows as many as the agenda's page size.
    [GeneratedRegex("""<article class="card">""")]
    private static partial Regex CardPattern();
}
