namespace Network.DevIdentity.Realm;

/// <summary>The roles a composite role is made of: realm roles, and client roles by client id.</summary>
public sealed class RealmRoleComposites
{
    public IReadOnlyList<string> Realm { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Client { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
