using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// The fields of a <c>UserRepresentation</c> the admin API takes to create or update a user. A field left out
/// leaves the user's as it is; <c>attributes</c>, when present, replace the user's as a whole, and an attribute
/// given no value is removed, as Keycloak does. Usernames and e-mails are kept lowercased, as Keycloak keeps them.
/// </summary>
internal sealed record UserInput
{
    /// <summary>The names Keycloak keeps as the user's own fields, never among the attributes.</summary>
    private static readonly string[] OwnFields = ["username", "email", "firstName", "lastName"];

    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public bool? Enabled { get; init; }

    public bool? EmailVerified { get; init; }

    public Dictionary<string, List<string>>? Attributes { get; init; }

    public List<string>? RequiredActions { get; init; }

    public RealmUser ApplyTo(RealmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user with
        {
            Username = Username is null ? user.Username : Lowercased(Username),
            Email = Email is null ? user.Email : NullIfEmpty(Lowercased(Email)),
            FirstName = FirstName is null ? user.FirstName : NullIfEmpty(FirstName),
            LastName = LastName is null ? user.LastName : NullIfEmpty(LastName),
            Enabled = Enabled ?? user.Enabled,
            EmailVerified = EmailVerified ?? user.EmailVerified,
            Attributes = Attributes is null
                ? user.Attributes
                : Attributes
                    .Where(attribute => !OwnFields.Contains(attribute.Key) && attribute.Value is { Count: > 0 })
                    .ToDictionary(
                        attribute => attribute.Key,
                        IReadOnlyList<string> (attribute) => attribute.Value,
                        StringComparer.Ordinal
                    ),
            RequiredActions = RequiredActions is null
                ? user.RequiredActions
                : RequiredActions.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

#pragma warning disable CA1308 // Lowercased to match Keycloak, not for comparison.
    private static string Lowercased(string value) => value.ToLowerInvariant();
#pragma warning restore CA1308

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
