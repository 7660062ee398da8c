using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Network.DevIdentity.Actions;

/// <summary>
/// Where the e-mails Keycloak would send go in local mode: <c>.eml</c> files in <c>DevIdentity:MailPickupDirectory</c>
/// (relative to the content root), written as an SMTP pickup folder receives them, beside the platform's own.
/// </summary>
internal sealed class MailPickup(IOptions<DevIdentityOptions> options, IHostEnvironment environment)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.MailPickupDirectory);

    public async Task WriteAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(
            options.Value.MailPickupDirectory
                ?? throw new InvalidOperationException("DevIdentity:MailPickupDirectory is not set."),
            environment.ContentRootPath
        );
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Directory.CreateDirectory(folder).FullName,
        };
        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
