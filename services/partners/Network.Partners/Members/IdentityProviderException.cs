namespace Network.Partners.Members;

/// <summary>
/// Keycloak's admin API did not do what was asked: it did not answer (<see cref="Unreachable"/>, 503: try again
/// shortly) or refused in a way the service does not expect (502: its client or roles are misconfigured).
/// </summary>
internal sealed class IdentityProviderException : Exception
{
    public IdentityProviderException() { }

    public IdentityProviderException(string message)
        : base(message) { }

    public IdentityProviderException(string message, Exception innerException)
        : base(message, innerException) { }

    private IdentityProviderException(string message, bool unreachable, Exception? innerException = null)
        : base(message, innerException) => Unreachable = unreachable;

    public bool Unreachable { get; }

    public static IdentityProviderException NotAnswering(Exception cause) =>
        new("Keycloak's admin API did not answer.", unreachable: true, cause);

    public static IdentityProviderException Refusing(int status, string operation) =>
        new($"Keycloak's admin API answered {status} to {operation}.", unreachable: status >= 500);
}
