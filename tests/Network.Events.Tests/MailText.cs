using MimeKit;

namespace Network.Events.Tests;

/// <summary>The messages a service dropped in its pickup folder, as text: recipient, subject, plain-text
/// part.</summary>
internal static class MailText
{
    /// <summary>The messages of <paramref name="pickup"/>; the sender writes each aside and moves it in
    /// whole.</summary>
    public static List<string> All(string pickup) =>
        Directory.Exists(pickup)
            ? [.. Directory.GetFiles(pickup, "*.eml").Select(file => Of(MimeMessage.Load(file)))]
            : [];

    public static string Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return $"To: {string.Join(", ", message.To.Mailboxes.Select(m => m.Address))}\nSubject: {message.Subject}\n\n"
            + message.TextBody;
    }
}
