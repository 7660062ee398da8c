namespace Network.DevIdentity.Admin;

/// <summary>A realm role as a role mapping request names it: Keycloak wants both its id and its name.</summary>
internal sealed record RoleReference(string? Id, string? Name);
