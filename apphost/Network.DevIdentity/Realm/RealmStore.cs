using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Network.DevIdentity.Realm;

/// <summary>
/// The realm file, read at start and read again whenever it changes on disk, so that a user or client added
/// to the export is served without a restart, with the users the admin API changed applied over its own. A change
/// of the file that does not parse keeps the last good realm.
/// </summary>
internal sealed partial class RealmStore(
    IOptions<DevIdentityOptions> options,
    IHostEnvironment environment,
    UserChanges changes,
    ILogger<RealmStore> logger
)
{
    private readonly Lock _gate = new();
    private RealmFile? _file;
    private DateTime _readAt;
    private RealmFile? _merged;
    private RealmFile? _mergedFile;
    private IReadOnlyDictionary<string, RealmUser>? _mergedChanges;

    public string Path { get; } = ResolvePath(options.Value, environment);

    public RealmFile Current
    {
        get
        {
            lock (_gate)
            {
                return Merged();
            }
        }
    }

    /// <summary>
    /// Applies an edit of the users: it sees the realm as it is now and returns its result with the users it
    /// changed (none when it refuses), which are kept before any other edit runs.
    /// </summary>
    public TResult Edit<TResult>(Func<RealmFile, (TResult Result, IReadOnlyList<RealmUser> Changed)> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        lock (_gate)
        {
            var (result, changed) = edit(Merged());
            if (changed.Count > 0)
            {
                changes.Save(changed);
            }

            return result;
        }
    }

    private RealmFile Merged()
    {
        var file = FileRealm();
        var changed = changes.Users;
        if (_merged is null || !ReferenceEquals(_mergedFile, file) || !ReferenceEquals(_mergedChanges, changed))
        {
            // A user of the file counts as created when the file was written, as if Keycloak had imported it then.
            var imported = new DateTimeOffset(_readAt, TimeSpan.Zero).ToUnixTimeMilliseconds();
            var users = file
                .Users.Select(user =>
                    changed.GetValueOrDefault(user.SubjectIn(file.Realm))
                    ?? user with
                    {
                        CreatedTimestamp = user.CreatedTimestamp ?? imported,
                    }
                )
                .ToList();
            var fileIds = file
                .Users.Select(user => user.SubjectIn(file.Realm))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            users.AddRange(changed.Values.Where(user => !fileIds.Contains(user.Id!)));
            (_merged, _mergedFile, _mergedChanges) = (file with { Users = users }, file, changed);
        }

        return _merged;
    }

    /// <summary>The realm file as last read, read again when it changed.</summary>
    private RealmFile FileRealm()
    {
        var writtenAt = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
        if (_file is not null && writtenAt == _readAt)
        {
            return _file;
        }

        try
        {
            _file = Read(Path);
            _readAt = writtenAt;
            return _file;
        }
        catch (Exception exception) when (exception is IOException or JsonException && _file is { } last)
        {
            // Not read again until the next change, so a broken edit is reported once.
            _readAt = writtenAt;
            LogUnreadable(logger, exception, Path);
            return last;
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
