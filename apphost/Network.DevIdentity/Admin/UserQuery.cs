using System.Globalization;
using System.Text.RegularExpressions;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// The filters of <c>GET /admin/realms/{realm}/users</c>, applied as Keycloak 26 applies them:
/// <list type="bullet">
/// <item><c>search</c>: <c>id:…</c> for one user; otherwise each word must begin the username, e-mail, first or
/// last name (<c>*</c> stands for anything, a quoted word must equal one of them), service accounts left out;</item>
/// <item>otherwise <c>username</c>, <c>email</c>, <c>firstName</c>, <c>lastName</c> contain their value (equal it
/// with <c>exact=true</c>), <c>enabled</c> and <c>emailVerified</c> equal theirs, and each <c>key:value</c> of
/// <c>q</c> names an attribute that has that value (contains it with <c>exact=false</c>), service accounts
/// included;</item>
/// <item>without any, every user but service accounts.</item>
/// </list>
/// All case-insensitive, ordered by username, from <c>first</c> (0), at most <c>max</c> (100).
/// </summary>
internal sealed partial class UserQuery
{
    private const string SearchById = "id:";
    private const int DefaultMax = 100;

    private static readonly string[] Fields =
    [
        "lastName",
        "firstName",
        "email",
        "username",
        "emailVerified",
        "enabled",
    ];

    private readonly IQueryCollection _query;

    private UserQuery(IQueryCollection query) => _query = query;

    public bool Brief => Flag("briefRepresentation") == true;

    public static UserQuery From(IQueryCollection query) => new(query);

    public IEnumerable<RealmUser> Apply(RealmFile realm)
    {
        ArgumentNullException.ThrowIfNull(realm);
#pragma warning disable CA1308 // Keycloak orders by the username it stores, lowercased.
        var users = Matching(realm).OrderBy(user => user.Username.ToLowerInvariant(), StringComparer.Ordinal);
#pragma warning restore CA1308
        var first = Math.Max(Number("first") ?? 0, 0);
        var max = Number("max") ?? DefaultMax;
        return max < 0 ? users.Skip(first) : users.Skip(first).Take(max);
    }

    private IEnumerable<RealmUser> Matching(RealmFile realm)
    {
        if (Text("search") is { } search)
        {
            if (search.StartsWith(SearchById, StringComparison.Ordinal))
            {
                return realm.FindBySubject(search[SearchById.Length..].Trim()) is { } user ? [user] : [];
            }

            var words = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var enabled = Flag("enabled");
            return People(realm)
                .Where(user => words.All(word => Found(user, word)))
                .Where(user => enabled is null || user.Enabled == enabled);
        }

        var filters = Fields
            .Select(field => (Name: field, Value: Text(field)))
            .Where(filter => filter.Value is not null)
            .ToDictionary(filter => filter.Name, filter => filter.Value!, StringComparer.Ordinal);
        foreach (var (name, value) in SearchQuery(Text("q")))
        {
            filters[name] = value;
        }

        var exact = Flag("exact");
        return filters.Count == 0 && exact is null
            ? People(realm)
            : realm.Users.Where(user => filters.All(filter => Matches(user, filter.Key, filter.Value, exact)));
    }

    private static IEnumerable<RealmUser> People(RealmFile realm) => realm.Users.Where(user => !user.IsServiceAccount);

    private static bool Matches(RealmUser user, string name, string value, bool? exact) =>
        name switch
        {
            "username" or "email" or "firstName" or "lastName" => user.AttributeValues(name) is [var field]
                && (exact == true ? Same(field, value) : field.Contains(value, StringComparison.OrdinalIgnoreCase)),
            "enabled" => user.Enabled == IsTrue(value),
            "emailVerified" => user.EmailVerified == IsTrue(value),
            // An attribute's value must be the one asked for, unless exact=false asks for values that contain it.
            _ => user.Attributes.TryGetValue(name, out var values)
                && values.Any(candidate =>
                    exact == false
                        ? candidate.Contains(value, StringComparison.OrdinalIgnoreCase)
                        : Same(candidate, value)
                ),
        };

    /// <summary>A word of <c>search</c> found in the username, e-mail, first or last name.</summary>
    private static bool Found(RealmUser user, string word)
    {
        var fields = new[] { user.Username, user.Email, user.FirstName, user.LastName }.OfType<string>();
        if (word.Length >= 2 && word[0] == '"' && word[^1] == '"')
        {
            return fields.Any(field => Same(field, word[1..^1]));
        }

        var pattern = "^" + Regex.Escape(word).Replace(@"\*", ".*", StringComparison.Ordinal);
        return fields.Any(field =>
            Regex.IsMatch(field, pattern, RegexOptions.IgnoreCase | RegexOptions.Singleline, TimeSpan.FromSeconds(1))
        );
    }

    /// <summary>Keycloak's <c>q</c>: <c>key:value</c> pairs, either side quoted when it holds spaces.</summary>
    private static IEnumerable<(string Name, string Value)> SearchQuery(string? q) =>
        q is null
            ? []
            : KeyValuePair()
                .Matches(q)
                .Select(match => (Unquote(match.Groups["key"].Value), Unquote(match.Groups["value"].Value)));

    private static string Unquote(string value) => value.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static bool Same(string one, string other) => string.Equals(one, other, StringComparison.OrdinalIgnoreCase);

    private static bool IsTrue(string value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private string? Text(string name) => _query.TryGetValue(name, out var values) ? values[0] : null;

    private bool? Flag(string name) => Text(name) is { } value ? IsTrue(value) : null;

    private int? Number(string name) =>
        int.TryParse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(
        """(?:"(?<key>(?:\\"|[^"])*)"|(?<key>[^\s:"][^\s:]*)):(?:"(?<value>(?:\\"|[^"])*)"|(?<value>\S+))"""
    )]
    private static partial Regex KeyValuePair();
}
