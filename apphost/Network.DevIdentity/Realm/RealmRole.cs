namespace Network.DevIdentity.Realm;

/// <summary>A realm role (<c>RoleRepresentation</c>); a composite role grants the roles it is made of.</summary>
public sealed class RealmRole
{
    public string? Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public bool Composite { get; init; }

    public RealmRoleComposites? Composites { get; init; }

    /// <summary>The export's <c>id</c>, or one derived from the realm and the name, the same at every start.</summary>
    public string IdIn(string realm) => string.IsNullOrWhiteSpace(Id) ? DerivedIds.From($"role:{realm}/{Name}") : Id;

    public bool IsComposite => Composite || Composites is { Realm.Count: > 0 } or { Client.Count: > 0 };
}
