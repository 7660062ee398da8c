namespace Network.DevIdentity.Tests;

/// <summary>DevIdentity issues tokens to anyone who knows the realm file: it must never run outside
/// Development.</summary>
public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Any_environment_but_Development_refuses_to_start(string environment)
    {
        using var realm = new TestRealm();
        using var identity = new DevIdentityFactory(realm, environment);

        var exception = Assert.ThrowsAny<Exception>(() => identity.CreateClient());

        Assert.Contains(MessagesOf(exception), message =>
            message.Contains(DevIdentityExtensions.DevelopmentOnly, StringComparison.Ordinal)
        );
    }

    private static IEnumerable<string> MessagesOf(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }
}
