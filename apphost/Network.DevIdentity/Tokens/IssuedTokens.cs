namespace Network.DevIdentity.Tokens;

/// <summary>What a successful grant returns, before it is written as Keycloak's token response.</summary>
internal sealed record IssuedTokens(
    string AccessToken,
    TimeSpan AccessTokenLifetime,
    string? RefreshToken,
    TimeSpan RefreshTokenLifetime,
    string? IdToken,
    string? SessionId,
    string Scope
);
