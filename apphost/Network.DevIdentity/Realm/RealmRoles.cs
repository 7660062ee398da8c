namespace Network.DevIdentity.Realm;

/// <summary>The <c>roles</c> of a realm export; only realm roles matter, for their composites.</summary>
public sealed class RealmRoles
{
    public IReadOnlyList<RealmRole> Realm { get; init; } = [];
}
