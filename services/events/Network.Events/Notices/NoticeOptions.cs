namespace Network.Events.Notices;

/// <summary>
/// How registrants are written to (<c>Notices</c> section). With <c>Smtp:Host</c>, by SMTP; with
/// <c>PickupDirectory</c> (local mode), as .eml files in that folder; with neither, e-mails wait until one is
/// configured.
/// </summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    public string From { get; set; } = "ne-pas-repondre@reseau-inclusion-numerique.fr";

    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The portal's public address, ending with a slash: links in e-mails lead to its pages.</summary>
    public Uri PortalUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>The portal's page that cancels a registration with its token; relative, so that a portal under a path
    /// keeps it.</summary>
    public Uri CancelLink(Guid eventId, Guid registrationId, string token) =>
        new(
            PortalUrl,
            $"inscription/annuler?atelier={eventId}&inscription={registrationId}&jeton={Uri.EscapeDataString(token)}"
        );

    public bool CanSend => PickupDirectory is not null || Smtp.Host is not null;

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
