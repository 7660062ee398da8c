using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace Network.Testing.Identity;

/// <summary>
/// An e-mail DevIdentity wrote to its pickup folder (<c>DevIdentity:MailPickupDirectory</c>, <c>.data/mail</c> in
/// local mode) instead of sending it, decoded as a person reads it; for an execute-actions e-mail, the link that sets
/// the account up.
/// </summary>
public sealed partial record DevIdentityMail(string To, string Subject, string Body)
{
    /// <summary>The latest e-mail to <paramref name="address"/> in <paramref name="folder"/>; null when there is none
    /// (yet).</summary>
    public static DevIdentityMail? LatestTo(string folder, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !Directory.Exists(folder)
            ? null
            : new DirectoryInfo(folder)
                .GetFiles("*.eml")
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .Select(file => Read(file.FullName))
                .OfType<DevIdentityMail>()
                .FirstOrDefault(mail => mail.IsTo(address));
    }

    /// <summary>Whether <paramref name="address"/> is among the recipients.</summary>
    public bool IsTo(string address)
    {
        var recipients = new MailAddressCollection();
        recipients.Add(To);
        return recipients.Any(recipient =>
            string.Equals(recipient.Address, address, StringComparison.OrdinalIgnoreCase)
        );
    }

    /// <summary>The link of an execute-actions e-mail: DevIdentity's page, at Keycloak's path, that sets the
    /// password.</summary>
    public Uri ActionLink =>
        ActionLinkPattern().Match(Body) is { Success: true } link
            ? new Uri(link.Value)
            : throw new InvalidOperationException($"No action link in the e-mail:\n{Body}");

    /// <summary>The message of a file; null while the sender is still writing it.</summary>
    private static DevIdentityMail? Read(string file)
    {
        string text;
        try
        {
            using var stream = new FileStream(
                file,
                FileMode.Open,
                FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete
            );
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
        }
        catch (IOException)
        {
            return null;
        }

        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0 || !text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            return null;
        }

        // Long header lines are folded onto the next ones, which begin with a space.
        var headers = FoldedLine().Replace(text[..split], " ").Split("\r\n");
        var body = text[(split + 4)..];
        return new DevIdentityMail(
            Header(headers, "To"),
            EncodedWords().Replace(Header(headers, "Subject"), Decode),
            headers.Contains("Content-Transfer-Encoding: base64", StringComparer.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n"))))
                : body
        );
    }

    private static string Header(string[] headers, string name) =>
        headers
            .FirstOrDefault(line => line.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))
            ?[(name.Length + 2)..]
        ?? "";

    /// <summary>A run of RFC 2047 encoded words, whose bytes make one text.</summary>
    private static string Decode(Match run) =>
        Encoding.UTF8.GetString([
            .. EncodedWord().Matches(run.Value).SelectMany(word => Convert.FromBase64String(word.Groups["text"].Value)),
        ]);

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"(?:=\?utf-8\?B\?[^?]*\?=\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWords();

    [GeneratedRegex(@"=\?utf-8\?B\?(?<text>[^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"https?://\S+/login-actions/action-token\?key=[^\s]+")]
    private static partial Regex ActionLinkPattern();
}
