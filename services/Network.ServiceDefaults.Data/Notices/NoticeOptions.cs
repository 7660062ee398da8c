namespace Network.ServiceDefaults.Notices;

/// <summary>
/// How every service sends e-mails (<c>Notices</c> section, the same settings in each). With <c>Smtp:Host</c>, by
/// SMTP; with <c>PickupDirectory</c>, as .eml files in that folder; with neither, notices wait until one is
/// configured.
/// </summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    public string From { get; set; } = "ne-pas-repondre@reseau-inclusion-numerique.fr";

    /// <summary>The name recipients see beside <see cref="From"/>.</summary>
    public string FromName { get; set; } = "Réseau d'inclusion numérique";

    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often due notices are looked for (and, in the events service, reminders written).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait after a first failed attempt; it doubles after each failure, up to an hour.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this many failed attempts a notice is marked failed, for the staff to call.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The portal's public address, ending with a slash: links in e-mails lead to its pages.</summary>
    public Uri PortalUrl { get; set; } = new("http://localhost:5080/");

    /// <summary>The regional coordination's address: it is told of every new application to moderate.</summary>
    public string? CoordinatorEmail { get; set; }

    public bool CanSend => PickupDirectory is not null || Smtp.Host is not null;

    /// <summary>A page of the portal, <paramref name="relative"/> to its address (so that a portal under a path keeps
    /// it).</summary>
    public Uri Portal(string relative) => new(PortalUrl, relative);

    internal bool IsValid => MaxAttempts >= 1 && RetryAfter > TimeSpan.Zero && PollInterval > TimeSpan.Zero;

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>TLS: from the start on port 465, by STARTTLS on any other port.</summary>
        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
