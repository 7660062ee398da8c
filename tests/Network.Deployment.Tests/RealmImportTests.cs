using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Network.Deployment.Tests;

/// <summary>The production realm the Keycloak Operator imports: the repository's realm file as it is, no user (but the
/// members client's service account, which Keycloak's import needs), no literal secret.</summary>
public sealed partial class RealmImportTests
{
    public static TheoryData<string> Overlays => new(Manifests.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_realm_import_is_the_production_realm_file(string overlay)
    {
        var realm = Realm(overlay);
        var file = JsonNode.Parse(
            File.ReadAllText(Path.Combine(Manifests.Root, "infra", "keycloak", "network-realm.json"))
        );
        Assert.True(
            JsonNode.DeepEquals(file, realm),
            "spec.realm of components/keycloak/realm-import.yaml differs from infra/keycloak/network-realm.json: "
                + "copy it again"
        );
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_realm_import_holds_no_person_and_no_literal_secret(string overlay)
    {
        var import = Manifests.Of(overlay).OfKind("KeycloakRealmImport").Single();
        var realm = Realm(overlay);

        foreach (var user in realm["users"]?.AsArray() ?? [])
        {
            Assert.NotNull((string?)user!["serviceAccountClientId"]);
            Assert.Null(user["credentials"]);
            Assert.Null(user["email"]);
        }

        var secrets = new List<(string Path, string Value)>();
        Secrets(realm, "realm", secrets);
        Assert.NotEmpty(secrets);
        var placeholders = import["spec"]!["placeholders"]!.AsObject();
        foreach (var (path, value) in secrets)
        {
            var placeholder = Placeholder().Match(value);
            Assert.True(placeholder.Success, $"{path} holds a literal secret");
            Assert.True(placeholders.ContainsKey(placeholder.Groups[1].Value), $"{path}: {value} has no placeholder");
        }
    }

    private static JsonNode Realm(string overlay) =>
        Manifests.Of(overlay).OfKind("KeycloakRealmImport").Single()["spec"]!["realm"]!;

    // Every field whose name says secret or password, and every credential's value.
    private static void Secrets(JsonNode? node, string path, List<(string, string)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (
                        child is JsonValue value
                        && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                        && (
                            key.Contains("secret", StringComparison.OrdinalIgnoreCase)
                            || key.Contains("password", StringComparison.OrdinalIgnoreCase)
                            || (key == "value" && obj.ContainsKey("type"))
                        )
                    )
                    {
                        found.Add(($"{path}.{key}", (string)value!));
                    }

                    Secrets(child, $"{path}.{key}", found);
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    Secrets(array[index], $"{path}[{index}]", found);
                }

                break;
        }
    }

    [GeneratedRegex(@"^\$\{([A-Z_]+)\}$")]
    private static partial Regex Placeholder();
}
