using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>The events service sending its e-mails to a real SMTP server on a loopback port, started for the
/// class.</summary>
public abstract partial class MailTest(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    protected const string Portal = "https://portail.example.org/";

    protected override bool SendsMail => true;

    protected override void Configure(Dictionary<string, string?> settings) => settings["Notices:PortalUrl"] = Portal;

    /// <summary>The messages to <paramref name="address"/> whose subject starts with <paramref name="subject"/>, once
    /// <paramref name="count"/> have come.</summary>
    protected Task<IReadOnlyList<MimeMessage>> MailsAsync(string address, string subject, int count = 1) =>
        Inbox.WaitForAsync(
            m =>
                m.To.Mailboxes.Any(box => box.Address == address)
                && (m.Subject ?? "").StartsWith(subject, StringComparison.Ordinal),
            count,
            $"{count} message(s) « {subject} » reach {address}"
        );

    /// <summary>The portal link of <paramref name="mail"/> to <paramref name="page"/>, with its query.</summary>
    protected static Uri LinkTo(MimeMessage mail, string page)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var match = Regex.Match(mail.TextBody ?? "", $@"{Regex.Escape(Portal)}{Regex.Escape(page)}\S*");
        Assert.True(match.Success, mail.TextBody);
        Assert.Contains($"href=\"{match.Value}\"", WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        return new Uri(match.Value);
    }

    /// <summary>The token the link carries.</summary>
    protected static string TokenOf(Uri link) =>
        Uri.UnescapeDataString(JetonPattern().Match(link.Query).Groups[1].Value);

    protected static async Task<JsonElement> RegisterAsync(HttpClient client, Guid eventId, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync($"/api/events/{eventId}/registrations", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [GeneratedRegex("jeton=([^&]+)")]
    private static partial Regex JetonPattern();
}
