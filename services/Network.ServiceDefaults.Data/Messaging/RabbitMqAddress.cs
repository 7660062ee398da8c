using MassTransit;

namespace Network.ServiceDefaults.Messaging;

/// <summary>The parts of an <c>amqp://user:pass@host:port/vhost</c> connection string.</summary>
public sealed record RabbitMqAddress(
    string Host,
    ushort Port,
    string VirtualHost,
    string Username,
    string Password,
    bool UseSsl
)
{
    public static RabbitMqAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException("ConnectionStrings:rabbitmq must be an amqp:// or amqps:// URI.");
        }

        var useSsl = uri.Scheme == "amqps";
        var userInfo = uri.UserInfo.Split(':', 2);
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort || uri.Port < 0 ? (useSsl ? 5671 : 5672) : uri.Port),
            path.Length == 0 ? "/" : path,
            userInfo[0].Length == 0 ? "guest" : Uri.UnescapeDataString(userInfo[0]),
            userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest",
            useSsl
        );
    }

    /// <summary>Points a MassTransit bus at this broker.</summary>
    public void Configure(IRabbitMqBusFactoryConfigurator rabbit)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        rabbit.Host(Host, Port, VirtualHost, host =>
        {
            host.Username(Username);
            host.Password(Password);
            if (UseSsl)
            {
                host.UseSsl(ssl => ssl.ServerName = Host);
            }
        });
    }
}
