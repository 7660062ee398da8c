using Microsoft.Extensions.Options;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Members;

/// <summary>Where the realm's admin API and token endpoint answer.</summary>
internal sealed class KeycloakAdminAddress(IConfiguration configuration, IOptions<MembersOptions> options)
{
    private readonly KeycloakOptions _keycloak = KeycloakOptions.Read(configuration);

    private string Server => (options.Value.AuthServerUrl ?? _keycloak.AuthServerUrl).TrimEnd('/');

    public Uri AdminBase => new($"{Server}/admin/realms/{Uri.EscapeDataString(_keycloak.Realm)}/");

    public Uri TokenEndpoint =>
        new($"{Server}/realms/{Uri.EscapeDataString(_keycloak.Realm)}/protocol/openid-connect/token");
}
