using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.DevIdentity.Realm;

/// <summary>
/// The users the admin API created or changed, kept whole in the data folder (<c>users.json</c>, the
/// <c>users</c> of a realm export) and applied over the realm file's users, which is never rewritten. The file is
/// written aside and renamed into place, so that a reader never sees half of it; another instance's writes are read
/// when the file changes. Callers hold the realm store's lock.
/// </summary>
internal sealed class UserChanges(string folder)
{
    public const string FileName = "users.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // A file for people to read: names as they are written. It is never put in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IReadOnlyDictionary<string, RealmUser> _users = new Dictionary<string, RealmUser>();
    private DateTime _readAt = DateTime.MinValue;

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    /// <summary>The changed users by id, as the file holds them now.</summary>
    public IReadOnlyDictionary<string, RealmUser> Users
    {
        get
        {
            var writtenAt = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
            if (writtenAt != _readAt)
            {
                var document =
                    writtenAt == DateTime.MinValue
                        ? null
                        : JsonSerializer.Deserialize<Document>(File.ReadAllText(Path), Json);
                _users = ById(document?.Users ?? []);
                _readAt = writtenAt;
            }

            return _users;
        }
    }

    /// <summary>Keeps <paramref name="changed"/>, each whole and with its id, in place of their former state.</summary>
    public void Save(IReadOnlyCollection<RealmUser> changed)
    {
        var users = Users.Values.Where(user => !changed.Any(other => SameId(user, other))).Concat(changed).ToList();
        Directory.CreateDirectory(folder);
        var pending = $"{Path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(pending, JsonSerializer.Serialize(new Document(users), Json));
        File.Move(pending, Path, overwrite: true);
        _users = ById(users);
        _readAt = File.GetLastWriteTimeUtc(Path);
    }

    private static bool SameId(RealmUser one, RealmUser other) =>
        string.Equals(one.Id, other.Id, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, RealmUser> ById(IEnumerable<RealmUser> users) =>
        users.Where(user => user.Id is not null).ToDictionary(user => user.Id!, StringComparer.OrdinalIgnoreCase);

    private sealed record Document(IReadOnlyList<RealmUser> Users);
}
