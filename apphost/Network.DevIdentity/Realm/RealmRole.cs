namespace Network.DevIdentity.Realm;

/// <summary>A realm role (<c>RoleRepresentation</c>); a composite role grants the roles it is made of.</summary>
public sealed class RealmRole
{
    public required string Name { get; init; }

    public RealmRoleComposites? Composites { get; init; }
}
