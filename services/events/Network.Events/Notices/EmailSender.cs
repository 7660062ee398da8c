using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Network.Events.Notices;

/// <summary>Sends plain-text e-mails by SMTP, or drops them in a pickup folder in local mode.</summary>
internal sealed class EmailSender(IOptions<NoticeOptions> options)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(
            new MailAddress(settings.From, "Réseau d'inclusion numérique"),
            new MailAddress(to)
        )
        {
            Subject = subject,
            Body = body,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = settings.PickupDirectory is { } folder
            ? new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Directory.CreateDirectory(folder).FullName,
            }
            : new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
            {
                EnableSsl = settings.Smtp.EnableSsl,
                Credentials = settings.Smtp.UserName is { } user
                    ? new NetworkCredential(user, settings.Smtp.Password)
                    : null,
            };
        await client.SendMailAsync(message, cancellationToken);
    }
}
