using Microsoft.Extensions.Configuration;
using Network.AppHost;

namespace Network.EndToEnd.Tests;

/// <summary>The app host's mode is chosen, or taken from what the machine plainly has; never a silent
/// fallback.</summary>
public sealed class InfrastructureModeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("auto")]
    public void A_container_runtime_that_does_not_answer_stops_the_start_instead_of_falling_back_to_the_local_mode(
        string? setting
    )
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            Infrastructure.Choose(setting, () => RuntimeState.Silent)
        );
        Assert.Contains("Infrastructure=local", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auto", RuntimeState.Answers, InfrastructureMode.Containers)]
    [InlineData("auto", RuntimeState.Absent, InfrastructureMode.Local)]
    [InlineData("local", RuntimeState.Answers, InfrastructureMode.Local)]
    [InlineData("LOCAL", RuntimeState.Silent, InfrastructureMode.Local)]
    [InlineData("containers", RuntimeState.Absent, InfrastructureMode.Containers)]
    public void A_chosen_mode_is_taken_and_auto_follows_the_machine_saying_why(
        string setting,
        RuntimeState runtime,
        InfrastructureMode expected
    )
    {
        var (mode, reason) = Infrastructure.Choose(setting, () => runtime);

        Assert.Equal(expected, mode);
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [Fact]
    public void An_unknown_mode_is_refused_rather_than_guessed() =>
        Assert.Throws<InvalidOperationException>(() => Infrastructure.Choose("contianers", () => RuntimeState.Answers));

    [Fact]
    public void The_mode_taken_is_announced()
    {
        using var announcements = new StringWriter();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Infrastructure"] = "local" })
            .Build();

        Assert.Equal(InfrastructureMode.Local, Infrastructure.Detect(configuration, announcements));
        Assert.Contains("Infrastructure: local mode", announcements.ToString(), StringComparison.Ordinal);
    }
}
