namespace Network.DevIdentity.Tests;

/// <summary>
/// A realm export of Keycloak's shape in a temporary folder, with the data folder beside it: two partner
/// users (one partner, two partners), a disabled user, the CLI client, an automation client, the portal (a
/// confidential client of the code flow that must use PKCE S256), another code-flow client that need not, and a
/// client without the code flow.
/// </summary>
public sealed class TestRealm : IDisposable
{
    public const string Name = "network";
    public const string CliClient = "network-cli";
    public const string AutomationClient = "network-automation";
    public const string AutomationSecret = "automation-secret";
    public const string ApiAudience = "network-api";
    public const string PortalClient = "network-portal";
    public const string PortalSecret = "portal-secret";
    public const string PortalRedirectUri = "http://localhost:5080/signin-oidc";
    public const string PortalPostLogoutRedirectUri = "http://localhost:5080/signout-callback-oidc";
    public const string OtherClient = "network-other";
    public const string OtherSecret = "other-secret";
    public const string OtherRedirectUri = "http://other.localhost:6000/signin-oidc";
    public const string NoBrowserClient = "network-no-browser";
    public const string NoBrowserSecret = "no-browser-secret";

    public static readonly Guid FirstPartner = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid SecondPartner = new("0193a000-0000-7000-8000-000000000002");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"devidentity-tests-{Guid.NewGuid():N}");

    public TestRealm()
        : this(Json) { }

    /// <summary>A test realm of the given export, e.g. the repository's own.</summary>
    public TestRealm(string json)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(RealmFile, json);
    }

    public string RealmFile => Path.Combine(_folder, "realm.json");

    public string DataPath => Path.Combine(_folder, "data");

    /// <summary>Changes the export on disk, as a person editing it would; DevIdentity reads it again.</summary>
    public void Rewrite(Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = File.GetLastWriteTimeUtc(RealmFile);
        File.WriteAllText(RealmFile, change(File.ReadAllText(RealmFile)));

        // A distinct time even on a file system that keeps whole seconds.
        File.SetLastWriteTimeUtc(RealmFile, before.AddSeconds(1));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Json =>
        $$"""
            {
              "realm": "{{Name}}",
              "enabled": true,
              "accessTokenLifespan": 120,
              "roles": {
                "realm": [ { "name": "coordinator" }, { "name": "partner-staff" }, { "name": "partner-admin" } ]
              },
              "clients": [
                {
                  "clientId": "{{CliClient}}",
                  "publicClient": true,
                  "directAccessGrantsEnabled": true,
                  "protocolMappers": [
                    {{AudienceMapper}},
                    {{PartnerIdMapper}}
                  ]
                },
                {
                  "clientId": "{{AutomationClient}}",
                  "publicClient": false,
                  "secret": "{{AutomationSecret}}",
                  "serviceAccountsEnabled": true,
                  "protocolMappers": [ {{AudienceMapper}} ]
                },
                {
                  "clientId": "{{PortalClient}}",
                  "publicClient": false,
                  "clientAuthenticatorType": "client-secret",
                  "secret": "{{PortalSecret}}",
                  "standardFlowEnabled": true,
                  "directAccessGrantsEnabled": false,
                  "rootUrl": "http://localhost:5080",
                  "redirectUris": [ "{{PortalRedirectUri}}" ],
                  "attributes": {
                    "pkce.code.challenge.method": "S256",
                    "post.logout.redirect.uris": "{{PortalPostLogoutRedirectUri}}"
                  },
                  "defaultClientScopes": [ "profile", "email", "roles", "web-origins", "acr", "basic" ],
                  "optionalClientScopes": [ "offline_access", "address", "phone", "microprofile-jwt" ],
                  "protocolMappers": [
                    {{AudienceMapper}},
                    {{PartnerIdMapper}}
                  ]
                },
                {
                  "clientId": "{{OtherClient}}",
                  "publicClient": false,
                  "secret": "{{OtherSecret}}",
                  "redirectUris": [ "http://other.localhost:6000/*" ],
                  "attributes": { "post.logout.redirect.uris": "+" },
                  "protocolMappers": [ {{AudienceMapper}} ]
                },
                {
                  "clientId": "{{NoBrowserClient}}",
                  "publicClient": false,
                  "secret": "{{NoBrowserSecret}}",
                  "standardFlowEnabled": false,
                  "redirectUris": [ "http://localhost:7000/*" ]
                }
              ],
              "users": [
                {
                  "username": "one.partner",
                  "enabled": true,
                  "emailVerified": true,
                  "firstName": "Ada",
                  "lastName": "Martin",
                  "email": "ada@example.org",
                  "credentials": [ { "type": "password", "value": "one-password" } ],
                  "realmRoles": [ "default-roles-network", "partner-staff" ],
                  "attributes": { "partner_id": [ "{{FirstPartner}}" ] }
                },
                {
                  "username": "two.partners",
                  "enabled": true,
                  "firstName": "Bruno",
                  "lastName": "Petit",
                  "email": "bruno@example.org",
                  "credentials": [ { "type": "password", "value": "two-password" } ],
                  "realmRoles": [ "partner-admin" ],
                  "attributes": { "partner_id": [ "{{FirstPartner}}", "{{SecondPartner}}" ] }
                },
                {
                  "username": "disabled",
                  "enabled": false,
                  "credentials": [ { "type": "password", "value": "disabled-password" } ]
                },
                {
                  "username": "service-account-{{AutomationClient}}",
                  "enabled": true,
                  "serviceAccountClientId": "{{AutomationClient}}",
                  "realmRoles": [ "coordinator" ]
                }
              ]
            }
            """;

    private static string AudienceMapper =>
        $$"""
            {
              "name": "api audience",
              "protocol": "openid-connect",
              "protocolMapper": "oidc-audience-mapper",
              "config": { "included.client.audience": "{{ApiAudience}}", "access.token.claim": "true" }
            }
            """;

    private static string PartnerIdMapper =>
        """
            {
              "name": "partner_id",
              "protocol": "openid-connect",
              "protocolMapper": "oidc-usermodel-attribute-mapper",
              "config": {
                "user.attribute": "partner_id",
                "claim.name": "partner_id",
                "multivalued": "true",
                "access.token.claim": "true"
              }
            }
            """;
}
