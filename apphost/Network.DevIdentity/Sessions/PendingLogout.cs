namespace Network.DevIdentity.Sessions;

/// <summary>A logout waiting for the person to confirm it.</summary>
/// <param name="BrowserId">The <c>AUTH_SESSION_ID</c> of the browser that was asked.</param>
/// <param name="RedirectUri">The checked post-logout redirect URI, if one was given.</param>
/// <param name="State">The client's <c>state</c>, returned with the redirect.</param>
internal sealed record PendingLogout(string BrowserId, string? RedirectUri, string? State);
