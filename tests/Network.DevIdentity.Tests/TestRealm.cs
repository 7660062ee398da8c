namespace Network.DevIdentity.Tests;

/// <summary>
/// A realm export of Keycloak's shape in a temporary folder, with the data folder beside it: two partner
/// users (one partner, two partners), a disabled user, the CLI client and an automation client.
/// </summary>
public sealed class TestRealm : IDisposable
{
    public const string Name = "network";
    public const string CliClient = "network-cli";
    public const string AutomationClient = "network-automation";
    public const string AutomationSecret = "automation-secret";
    public const string ApiAudience = "network-api";

    public static readonly Guid FirstPartner = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid SecondPartner = new("0193a000-0000-7000-8000-000000000002");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"devidentity-tests-{Guid.NewGuid():N}");

    public TestRealm()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(RealmFile, Json);
    }

    public string RealmFile => Path.Combine(_folder, "realm.json");

    public string DataPath => Path.Combine(_folder, "data");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Json => $$"""
        {
          "realm": "{{Name}}",
          "enabled": true,
          "accessTokenLifespan": 120,
          "roles": { "realm": [ { "name": "coordinator" }, { "name": "partner-staff" }, { "name": "partner-admin" } ] },
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

    private static string AudienceMapper => $$"""
        {
          "name": "api audience",
          "protocol": "openid-connect",
          "protocolMapper": "oidc-audience-mapper",
          "config": { "included.client.audience": "{{ApiAudience}}", "access.token.claim": "true" }
        }
        """;

    private static string PartnerIdMapper => """
        {
          "name": "partner_id",
          "protocol": "openid-connect",
          "protocolMapper": "oidc-usermodel-attribute-mapper",
          "config": { "user.attribute": "partner_id", "claim.name": "partner_id", "multivalued": "true", "access.token.claim": "true" }
        }
        """;
}
