namespace Network.DevIdentity.Sessions;

/// <summary>
/// A user's session in the realm (Keycloak's user session): what the <c>sid</c> of its tokens names, what the
/// browser's identity cookie points to, and which clients hold tokens of it.
/// </summary>
internal sealed class SsoSession
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _clients = new(StringComparer.Ordinal);
    private DateTimeOffset _authenticatedAt;
    private DateTimeOffset _lastRefresh;

    public SsoSession(string id, string cookieValue, string subject, DateTimeOffset now)
    {
        Id = id;
        CookieValue = cookieValue;
        Subject = subject;
        Started = _authenticatedAt = _lastRefresh = now;
    }

    public string Id { get; }

    /// <summary>The secret the browser's cookie holds: not the <c>sid</c>, which every client sees in its
    /// tokens.</summary>
    public string CookieValue { get; }

    public string Subject { get; }

    public DateTimeOffset Started { get; }

    /// <summary>When the user last typed their password in this session.</summary>
    public DateTimeOffset AuthenticatedAt
    {
        get
        {
            lock (_gate)
            {
                return _authenticatedAt;
            }
        }
    }

    public DateTimeOffset LastRefresh
    {
        get
        {
            lock (_gate)
            {
                return _lastRefresh;
            }
        }
    }

    public void Authenticated(DateTimeOffset now)
    {
        lock (_gate)
        {
            _authenticatedAt = _lastRefresh = now;
        }
    }

    /// <summary>Keeps the session from idling out, as every sign-in, code exchange and refresh does.</summary>
    public void Refreshed(DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastRefresh = now;
        }
    }

    public void Attach(string clientId)
    {
        lock (_gate)
        {
            _clients.Add(clientId);
        }
    }

    public void Detach(string clientId)
    {
        lock (_gate)
        {
            _clients.Remove(clientId);
        }
    }

    public bool HasClient(string clientId)
    {
        lock (_gate)
        {
            return _clients.Contains(clientId);
        }
    }
}
