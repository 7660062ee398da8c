using Network.DevIdentity.Authorization;

namespace Network.DevIdentity.Sessions;

/// <summary>A login form shown and not yet answered: the request it will answer, and the browser it was shown
/// to.</summary>
/// <param name="BrowserId">The <c>AUTH_SESSION_ID</c> of that browser.</param>
/// <param name="Request">The checked authorization request.</param>
internal sealed record LoginAttempt(string BrowserId, AuthorizationRequest Request);
