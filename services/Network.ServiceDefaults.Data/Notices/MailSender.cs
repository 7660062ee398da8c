using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Network.ServiceDefaults.Notices;

/// <summary>Sends an e-mail by SMTP with MailKit, or drops it in the pickup folder.</summary>
internal sealed class MailSender(IOptions<NoticeOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The message, built before anything is sent: an address it cannot parse throws
    /// <see cref="ParseException"/>, which no retry would change.</summary>
    public MimeMessage Build(string to, NoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var settings = options.Value;
        var message = new MimeMessage { Subject = content.OneLineSubject };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(ParserOptions.Default, to));
        var body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html };
        foreach (var attachment in content.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (settings.PickupDirectory is { } folder)
        {
            await DropAsync(message, Directory.CreateDirectory(folder).FullName, cancellationToken);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var smtp = settings.Smtp;
        var security =
            !smtp.EnableSsl ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? "localhost", smtp.Port, security, timeout.Token);
        if (smtp.UserName is { } user)
        {
            await client.AuthenticateAsync(user, smtp.Password ?? "", timeout.Token);
        }

        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }

    /// <summary>Written aside, then moved in: a reader of the folder never finds half a message.</summary>
    private static async Task DropAsync(MimeMessage message, string folder, CancellationToken cancellationToken)
    {
        var name = Guid.CreateVersion7().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
    }
}
