using System.Text.Json.Nodes;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Actions;

/// <summary>
/// The <c>key</c> of an execute-actions link: a token signed with the realm's key, of Keycloak's type and claims
/// (<c>typ: execute-actions</c>, <c>eml</c>, <c>rqac</c>, <c>reduri</c>), for the realm itself as audience, expiring
/// after the lifespan the administrator asked for.
/// </summary>
internal sealed class ActionTokens(SigningKey signingKey)
{
    public const string Type = "execute-actions";

    public string Issue(string issuer, ExecuteActions actions, TimeSpan lifespan)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var payload = new JsonObject
        {
            ["exp"] = (actions.IssuedAt + lifespan).ToUnixTimeSeconds(),
            ["iat"] = actions.IssuedAt.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = issuer,
            ["aud"] = issuer,
            ["sub"] = actions.UserId,
            ["typ"] = Type,
            ["azp"] = actions.ClientId,
            ["eml"] = actions.Email,
            ["rqac"] = new JsonArray([.. actions.Actions.Select(action => (JsonNode?)JsonValue.Create(action))]),
            ["reduri"] = actions.RedirectUri,
        };
        return signingKey.Sign(payload);
    }

    /// <summary>What a key stands for, while it is valid; null otherwise.</summary>
    public async Task<ExecuteActions?> ReadAsync(string key, string issuer)
    {
        var token =
            key.Length == 0
                ? null
                : await signingKey.ValidateAsync(key, issuer, audience: issuer).ConfigureAwait(false);
        if (token is null || token.StringClaim("typ") != Type || token.StringClaim("eml") is not { } email)
        {
            return null;
        }

        var actions = token.Payload()["rqac"] is JsonArray list
            ? list.Select(action => action?.GetValue<string>()).OfType<string>().ToList()
            : [];
        return new ExecuteActions(
            token.Subject,
            email,
            actions,
            token.StringClaim("azp"),
            token.StringClaim("reduri"),
            new DateTimeOffset(token.IssuedAt, TimeSpan.Zero)
        );
    }
}
