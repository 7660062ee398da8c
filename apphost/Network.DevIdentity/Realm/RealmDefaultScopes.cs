namespace Network.DevIdentity.Realm;

/// <summary>The client scopes a Keycloak 26 realm gives a client whose export names none.</summary>
internal static class RealmDefaultScopes
{
    public static IReadOnlyList<string> Default { get; } = ["acr", "basic", "email", "profile", "roles", "web-origins"];

    public static IReadOnlyList<string> Optional { get; } =
    ["address", "microprofile-jwt", "offline_access", "organization", "phone"];
}
