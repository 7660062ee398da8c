using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Network.DevIdentity.Realm;

/// <summary>
/// The realm file, read at start and read again whenever it changes on disk, so that a user or client added
/// to the export is served without a restart. A change that does not parse keeps the last good realm.
/// </summary>
internal sealed partial class RealmStore(
    IOptions<DevIdentityOptions> options,
    IHostEnvironment environment,
    ILogger<RealmStore> logger
)
{
    private readonly Lock _gate = new();
    private RealmFile? _realm;
    private DateTime _readAt;

    public string Path { get; } = ResolvePath(options.Value, environment);

    public RealmFile Current
    {
        get
        {
            lock (_gate)
            {
                var writtenAt = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
                if (_realm is not null && writtenAt == _readAt)
                {
                    return _realm;
                }

                try
                {
                    _realm = Read(Path);
                    _readAt = writtenAt;
                    return _realm;
                }
                catch (Exception exception) when (exception is IOException or JsonException && _realm is { } last)
                {
                    // Not read again until the next change, so a broken edit is reported once.
                    _readAt = writtenAt;
                    LogUnreadable(logger, exception, Path);
                    return last;
                }
            }
        }
    }

    private static RealmFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The realm file {path} does not exist; set DevIdentity:RealmFile to a Keycloak realm export.",
                path
            );
        }

        return RealmFile.Parse(File.ReadAllText(path));
    }

    private static string ResolvePath(DevIdentityOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.RealmFile))
        {
            throw new InvalidOperationException(
                "DevIdentity:RealmFile is not configured: set it to a Keycloak realm export."
            );
        }

        return System.IO.Path.GetFullPath(options.RealmFile, environment.ContentRootPath);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The realm file {Path} changed but cannot be read; the previous realm is still served."
    )]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string path);
}
