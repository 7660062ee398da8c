using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Partners.Members;

/// <summary>
/// Keycloak's <c>UserRepresentation</c>, with what this service does not read kept as it came, so that writing a
/// user back changes only what the service meant to change.
/// </summary>
internal sealed class KeycloakUser
{
    public const string PartnerAttribute = "partner_id";

    public string? Id { get; set; }

    public string? Username { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool? Enabled { get; set; }

    public Dictionary<string, List<string>>? Attributes { get; set; }

    public List<string>? RequiredActions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }

    /// <summary>Invited, and has not chosen a password yet.</summary>
    [JsonIgnore]
    public bool IsPending => RequiredActions?.Contains(Member.SetPassword) == true;

    /// <summary>The partners the user works for, from <c>partner_id</c>.</summary>
    [JsonIgnore]
    public IReadOnlyList<Guid> PartnerIds =>
        Attributes?.GetValueOrDefault(PartnerAttribute) is { } values
            ?
            [
                .. values
                    .Select(value => Guid.TryParse(value, out var id) ? id : Guid.Empty)
                    .Where(id => id != Guid.Empty),
            ]
            : [];

    /// <summary>Sets <c>partner_id</c> to <paramref name="partnerIds"/>, dropping the attribute when none is
    /// left.</summary>
    public void SetPartnerIds(IEnumerable<Guid> partnerIds)
    {
        Attributes ??= [];
        var values = partnerIds.Distinct().Select(id => id.ToString()).ToList();
        if (values.Count == 0)
        {
            Attributes.Remove(PartnerAttribute);
        }
        else
        {
            Attributes[PartnerAttribute] = values;
        }
    }
}

/// <summary>Keycloak's <c>RoleRepresentation</c>, as role mappings take it.</summary>
internal sealed record KeycloakRole(string Id, string Name);
