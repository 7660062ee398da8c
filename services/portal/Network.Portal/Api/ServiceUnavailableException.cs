namespace Network.Portal.Api;

/// <summary>The API could not answer (unreachable, or a 5xx): the page says so politely instead of half a
/// page.</summary>
public sealed class ServiceUnavailableException : Exception
{
    public ServiceUnavailableException() { }

    public ServiceUnavailableException(string message)
        : base(message) { }

    public ServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException) { }
}
