using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Authorization;

/// <summary>An authorization request whose client and redirect URI are known good, as far as it was checked.</summary>
/// <param name="Client">The requesting client.</param>
/// <param name="RedirectUri">Where the browser goes back, normalised.</param>
/// <param name="RedirectUriParam">The <c>redirect_uri</c> as sent, which the token request must repeat.</param>
/// <param name="ResponseMode">How the response travels: <c>query</c>, <c>fragment</c> or <c>form_post</c>.</param>
/// <param name="State">The client's <c>state</c>, returned as is.</param>
internal sealed record AuthorizationRequest(
    RealmClient Client,
    string RedirectUri,
    string? RedirectUriParam,
    string ResponseMode,
    string? State
)
{
    /// <summary>Whether a code is asked for; <c>response_type=none</c> asks only for the session.</summary>
    public bool WantsCode { get; init; } = true;

    public string? Scope { get; init; }

    public string? Nonce { get; init; }

    public string? CodeChallenge { get; init; }

    public string? CodeChallengeMethod { get; init; }

    public IReadOnlySet<string> Prompt { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The longest time since the user last typed a password, in seconds.</summary>
    public int? MaxAge { get; init; }

    public string? LoginHint { get; init; }

    /// <summary>Whether the user must type a password even with a live session.</summary>
    public bool ForcesLogin => Prompt.Contains("login") || Prompt.Contains("select_account");

    /// <summary>Whether the request must be answered without showing any page (<c>prompt=none</c>).</summary>
    public bool IsPassive => Prompt.Contains("none");
}
