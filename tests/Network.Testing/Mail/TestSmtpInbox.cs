using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Network.Testing.Mail;

/// <summary>
/// A real SMTP server on a loopback port, in the test's process: services send to it over a socket as they would to any
/// mail server, and it keeps what it receives. It can be stopped and started again on the same port, for a service to
/// meet a mail server that is away for a while.
/// </summary>
public sealed class TestSmtpInbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stopping;
    private Task? _running;

    private TestSmtpInbox(int port) => Port = port;

    public int Port { get; }

    public bool IsRunning => _server is not null;

    /// <summary>What was received, in the order it came.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    /// <summary>The <c>Notices</c> settings that send every e-mail of a service here.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Notices:Smtp:Host", IPAddress.Loopback.ToString()),
            new("Notices:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Notices:Smtp:EnableSsl", "false"),
        ];

    /// <summary>From now on, answers 550 to <c>RCPT TO</c> <paramref name="address"/>, as a server does for a mailbox
    /// that does not exist.</summary>
    public void Refuse(string address) => _refused[address] = true;

    public static async Task<TestSmtpInbox> StartAsync()
    {
        var inbox = new TestSmtpInbox(FreePort.Next());
        await inbox.StartAgainAsync();
        return inbox;
    }

    /// <summary>Listens again on the same port, after <see cref="StopAsync"/>.</summary>
    public async Task StartAgainAsync()
    {
        if (_server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages));
        services.Add(new Mailboxes(_refused));
        _server = new SmtpServer.SmtpServer(options, services);
        _stopping = new CancellationTokenSource();
        _running = _server.StartAsync(_stopping.Token);
        // Listening once a client can connect.
        await Eventually.AssertAsync(CanConnectAsync, $"the test SMTP server listens on port {Port}");
    }

    /// <summary>Stops listening: a service sending now finds no server, as when the mail server is down.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        await _stopping!.CancelAsync();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException) { }

        _stopping.Dispose();
        (_server, _stopping, _running) = (null, null, null);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages match <paramref name="match"/>, and returns
    /// those that do.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(
        Func<MimeMessage, bool> match,
        int count,
        string what,
        TimeSpan? timeout = null
    )
    {
        ArgumentNullException.ThrowIfNull(match);
        await Eventually.AssertAsync(
            () => Task.FromResult(_messages.Count(match) >= count),
            what,
            timeout ?? TimeSpan.FromSeconds(30)
        );
        return [.. _messages.Where(match)];
    }

    /// <summary>The messages to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [
            .. _messages.Where(m =>
                m.To.Mailboxes.Any(box => string.Equals(box.Address, address, StringComparison.OrdinalIgnoreCase))
            ),
        ];

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> CanConnectAsync()
    {
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private sealed class Mailboxes(ConcurrentDictionary<string, bool> refused) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(
            ISessionContext context,
            IMailbox from,
            int size,
            CancellationToken cancellationToken
        ) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(
            ISessionContext context,
            IMailbox to,
            IMailbox from,
            CancellationToken cancellationToken
        ) => Task.FromResult(!refused.ContainsKey(to.AsAddress()));
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken
        )
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
