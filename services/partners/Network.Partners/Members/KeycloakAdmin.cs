using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Network.Partners.Members;

/// <summary>
/// The part of Keycloak's admin REST API (<c>/admin/realms/{realm}/…</c>) that manages the network's members: users
/// by <c>partner_id</c> or e-mail, their attributes, their realm roles, and the "set your password" e-mail. Every
/// failure to answer becomes an <see cref="IdentityProviderException"/>.
/// </summary>
internal sealed class KeycloakAdmin(HttpClient http, IOptions<MembersOptions> options)
{
    /// <summary>Keycloak's JSON: camelCase, and an absent field left as it is rather than cleared.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly string[] SetPasswordAction = [Member.SetPassword];

    /// <summary>More people than any structure has; a search returns at most this many.</summary>
    private const int MostUsers = 1000;

    public async Task<IReadOnlyList<KeycloakUser>> UsersOfPartnerAsync(Guid partnerId, CancellationToken ct)
    {
        var users = await GetAsync<List<KeycloakUser>>(
            $"users?q={Uri.EscapeDataString($"{KeycloakUser.PartnerAttribute}:{partnerId}")}"
                + $"&briefRepresentation=false&max={MostUsers}",
            "the users of a partner",
            ct
        );

        // The attribute search's matching has changed between Keycloak versions: keep exact values only.
        return [.. (users ?? []).Where(user => user.PartnerIds.Contains(partnerId))];
    }

    public async Task<KeycloakUser?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var users = await GetAsync<List<KeycloakUser>>(
            $"users?email={Uri.EscapeDataString(email)}&exact=true&briefRepresentation=false",
            "a user by e-mail",
            ct
        );
        return users?.FirstOrDefault(user => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    public Task<KeycloakUser?> FindAsync(string userId, CancellationToken ct) =>
        GetAsync<KeycloakUser>($"users/{Uri.EscapeDataString(userId)}", "a user", ct);

    /// <summary>Creates the account and answers its id; null when an account already has that username or
    /// e-mail.</summary>
    public async Task<string?> CreateAsync(KeycloakUser user, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "users", user, ct);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        Ensure(response, "creating a user");
        var location = response.Headers.Location?.ToString() ?? "";
        return location[(location.LastIndexOf('/') + 1)..] is { Length: > 0 } id
            ? id
            : throw IdentityProviderException.Refusing((int)response.StatusCode, "creating a user (no Location)");
    }

    /// <summary>Writes the user back as read, with the service's changes.</summary>
    public async Task UpdateAsync(KeycloakUser user, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Put, $"users/{Uri.EscapeDataString(user.Id!)}", user, ct);
        Ensure(response, "updating a user");
    }

    public async Task<IReadOnlySet<string>> RealmRolesAsync(string userId, CancellationToken ct) =>
        (await MappedRolesAsync(userId, "", ct)).Select(role => role.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gives realm roles the user does not have yet. Their ids come from the roles the user may be given:
    /// reading a realm role itself needs <c>view-realm</c>, which the service account does not hold.</summary>
    public async Task AddRealmRolesAsync(string userId, IEnumerable<string> roles, CancellationToken ct)
    {
        var wanted = roles.ToHashSet(StringComparer.Ordinal);
        var available = await MappedRolesAsync(userId, "/available", ct);
        await MapRolesAsync(HttpMethod.Post, userId, [.. available.Where(role => wanted.Contains(role.Name))], ct);
    }

    /// <summary>Takes from the user those of <paramref name="roles"/> they have.</summary>
    public async Task RemoveRealmRolesAsync(string userId, IEnumerable<string> roles, CancellationToken ct)
    {
        var unwanted = roles.ToHashSet(StringComparer.Ordinal);
        var mapped = await MappedRolesAsync(userId, "", ct);
        await MapRolesAsync(HttpMethod.Delete, userId, [.. mapped.Where(role => unwanted.Contains(role.Name))], ct);
    }

    /// <summary>Keycloak's e-mail asking the person to choose a password, whose link leads back to the
    /// portal.</summary>
    public async Task SendSetPasswordEmailAsync(string userId, CancellationToken ct)
    {
        var settings = options.Value;
        var query =
            $"client_id={Uri.EscapeDataString(settings.InvitationClientId)}"
            + $"&lifespan={((int)settings.InvitationLifespan.TotalSeconds).ToString(CultureInfo.InvariantCulture)}";
        if (settings.InvitationRedirectUri is { } redirect)
        {
            query += $"&redirect_uri={Uri.EscapeDataString(redirect)}";
        }

        using var response = await SendAsync(
            HttpMethod.Put,
            $"users/{Uri.EscapeDataString(userId)}/execute-actions-email?{query}",
            SetPasswordAction,
            ct
        );
        Ensure(response, "sending the set-password e-mail");
    }

    private async Task<IReadOnlyList<KeycloakRole>> MappedRolesAsync(
        string userId,
        string which,
        CancellationToken ct
    ) =>
        await GetAsync<List<KeycloakRole>>(
            $"users/{Uri.EscapeDataString(userId)}/role-mappings/realm{which}",
            "a user's roles",
            ct
        ) ?? [];

    private async Task MapRolesAsync(
        HttpMethod method,
        string userId,
        IReadOnlyList<KeycloakRole> roles,
        CancellationToken ct
    )
    {
        if (roles.Count == 0)
        {
            return;
        }

        using var response = await SendAsync(
            method,
            $"users/{Uri.EscapeDataString(userId)}/role-mappings/realm",
            roles,
            ct
        );
        Ensure(response, "changing a user's roles");
    }

    /// <summary>The answer, or null when Keycloak says 404.</summary>
    private async Task<T?> GetAsync<T>(string path, string operation, CancellationToken ct)
        where T : class
    {
        using var response = await SendAsync<object>(HttpMethod.Get, path, null, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Ensure(response, operation);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, ct);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            throw IdentityProviderException.NotAnswering(exception);
        }
    }

    private async Task<HttpResponseMessage> SendAsync<TBody>(
        HttpMethod method,
        string path,
        TBody? body,
        CancellationToken ct
    )
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (Exception exception)
            when (exception is HttpRequestException
                || (exception is OperationCanceledException && !ct.IsCancellationRequested)
                || exception is Polly.ExecutionRejectedException
            )
        {
            throw IdentityProviderException.NotAnswering(exception);
        }
    }

    private static void Ensure(HttpResponseMessage response, string operation)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw IdentityProviderException.Refusing((int)response.StatusCode, operation);
        }
    }
}
