namespace Network.Gateway.Tests;

/// <summary>A refused caller is told, in French, a wait after which trying again succeeds.</summary>
public sealed class RetryDelayTests
{
    [Theory]
    [InlineData(1, "1 seconde")]
    [InlineData(2, "2 secondes")]
    [InlineData(42, "42 secondes")]
    [InlineData(59, "59 secondes")]
    [InlineData(60, "1 minute")]
    [InlineData(61, "2 minutes")]
    [InlineData(120, "2 minutes")]
    [InlineData(3600, "60 minutes")]
    public void Waits_are_said_in_french_with_their_plural(int seconds, string expected) =>
        Assert.Equal(expected, Network.Gateway.RetryDelay.InFrench(seconds));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(41_001, 42)]
    [InlineData(42_000, 42)]
    [InlineData(60_000, 60)]
    public void Retry_after_rounds_up_to_a_whole_second(int milliseconds, int seconds) =>
        Assert.Equal(seconds, Network.Gateway.RetryDelay.Seconds(TimeSpan.FromMilliseconds(milliseconds)));
}
