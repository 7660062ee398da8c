namespace Network.Benchmarks;

/// <summary>
/// Where a process's resident memory goes, from the mappings in <c>/proc/&lt;pid&gt;/smaps</c>: the assemblies (each
/// mapped whole for its metadata, and section by section for its precompiled code), the native libraries (runtime, JIT,
/// ICU, OpenSSL, SQLite), the runtime's type data, stubs and JIT-compiled code (<c>/memfd:doublemapper</c>), the
/// anonymous memory (the collected heap, thread stacks, native allocations of threads) and the main malloc heap.
/// </summary>
internal sealed record MemoryProfile(
    long Framework,
    long Packages,
    long Native,
    long Runtime,
    long Anonymous,
    long Malloc,
    long Other
)
{
    public static MemoryProfile? Read(int pid)
    {
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var kind = "other";
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                if (char.IsAsciiHexDigit(line[0]) && line.Contains('-', StringComparison.Ordinal))
                {
                    kind = KindOf(line);
                }
                else if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    bytes[kind] = bytes.GetValueOrDefault(kind) + Memory.BytesOf(line);
                }
            }
        }
        catch (IOException)
        {
            return null;
        }

        long Bytes(string name) => bytes.GetValueOrDefault(name);
        return new MemoryProfile(
            Bytes("framework"),
            Bytes("packages"),
            Bytes("native"),
            Bytes("runtime"),
            Bytes("anonymous"),
            Bytes("malloc"),
            Bytes("other")
        );
    }

    /// <summary>The kind of a mapping, from its header line (<c>address perms offset dev inode path</c>).</summary>
    private static string KindOf(string header)
    {
        var fields = header.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        var path = fields.Length == 6 ? fields[5].Trim() : "";
        return path switch
        {
            "" or "[stack]" => "anonymous",
            "[heap]" => "malloc",
            _ when path.StartsWith("/memfd:doublemapper", StringComparison.Ordinal) => "runtime",
            _ when path.EndsWith(".dll", StringComparison.Ordinal) => path.Contains(
                "/shared/Microsoft.",
                StringComparison.Ordinal
            )
                ? "framework"
                : "packages",
            _ when path.Contains(".so", StringComparison.Ordinal) => "native",
            _ => "other",
        };
    }

    public override string ToString() =>
        $"framework assemblies {Memory.Megabytes(Framework)}, package and service assemblies "
        + $"{Memory.Megabytes(Packages)}, native libraries {Memory.Megabytes(Native)}, runtime type data, stubs "
        + $"and JIT code {Memory.Megabytes(Runtime)}, anonymous (collected heap, stacks, thread allocations) "
        + $"{Memory.Megabytes(Anonymous)}, malloc heap {Memory.Megabytes(Malloc)}, other {Memory.Megabytes(Other)}";
}
