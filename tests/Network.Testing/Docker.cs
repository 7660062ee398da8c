using System.Net.Sockets;

namespace Network.Testing;

/// <summary>Whether a Docker engine answers here; without one, fixtures fall back to local processes and
/// files.</summary>
public static class Docker
{
    private static readonly Lazy<bool> Answers = new(Probe);

    public static bool IsAvailable => Answers.Value;

    private static bool Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var socketPath =
            host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal)
                ? host["unix://".Length..]
                : "/var/run/docker.sock";
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true; // A remote engine is configured: let Testcontainers reach it.
        }

        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            socket.Send("GET /_ping HTTP/1.0\r\n\r\n"u8);
            var buffer = new byte[64];
            socket.ReceiveTimeout = 2000;
            var read = socket.Receive(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
