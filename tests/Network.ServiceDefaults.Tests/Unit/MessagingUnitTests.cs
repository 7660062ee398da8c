using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Telemetry;

namespace Network.ServiceDefaults.Tests.Unit;

public sealed class MessagingUnitTests
{
    [Fact]
    public void An_amqp_uri_gives_host_port_virtual_host_and_credentials()
    {
        var address = RabbitMqAddress.Parse("amqp://network:s%40cret@rabbit.internal:5673/network%2Fprod");
        Assert.Equal(new RabbitMqAddress("rabbit.internal", 5673, "network/prod", "network", "s@cret", false), address);
        Assert.Equal(
            new RabbitMqAddress("localhost", 5672, "/", "guest", "guest", false),
            RabbitMqAddress.Parse("amqp://localhost")
        );
        Assert.Equal(5671, RabbitMqAddress.Parse("amqps://u:p@host/").Port);
    }

    [Theory]
    [InlineData("http://localhost:5672")]
    [InlineData("localhost")]
    public void Anything_but_amqp_is_refused_at_start(string connectionString) =>
        Assert.Throws<InvalidOperationException>(() => RabbitMqAddress.Parse(connectionString));

    [Fact]
    public void Configured_retry_intervals_replace_the_defaults()
    {
        Assert.Equal(3, new MessagingOptions().EffectiveRetryIntervals.Length);
        Assert.Equal(
            [TimeSpan.FromSeconds(2)],
            new MessagingOptions { RetryIntervals = [TimeSpan.FromSeconds(2)] }.EffectiveRetryIntervals
        );
    }

    [Theory]
    [InlineData("4bf92f3577b34da6a3ce929d0e0e4736", true)]
    [InlineData("00000000000000000000000000000000", false)]
    [InlineData("4BF92F3577B34DA6A3CE929D0E0E4736", false)]
    [InlineData("ticket-42", false)]
    public void Only_a_w3c_trace_id_can_become_the_trace_id(string value, bool isTraceId) =>
        Assert.Equal(isTraceId, CorrelationId.IsTraceId(value));

    [Fact]
    public void Validation_errors_gather_every_message_per_field()
    {
        var errors = new ValidationErrors()
            .Require(false, "name", "required")
            .Require(true, "name", "never added")
            .Add("name", "too long")
            .Add("address.postalCode", "five digits");
        Assert.Equal(["required", "too long"], errors.ToDictionary()["name"]);
        Assert.Equal(2, errors.ToDictionary().Count);
    }
}
