using System.Text;
using System.Text.RegularExpressions;

namespace Network.Events.Tests;

/// <summary>Reads a message written to a pickup folder: its recipient, its subject and its base64 body, decoded.</summary>
internal static partial class MailText
{
    public static string Decode(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var (headers, body) = (eml[..split], eml[(split + 4)..]);
        var to = headers.Split("\r\n").Single(line => line.StartsWith("To: ", StringComparison.Ordinal));
        var subject = EncodedWord().Replace(headers.Split("\r\n").Single(line => line.StartsWith("Subject: ", StringComparison.Ordinal)),
            match => Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)));
        var text = headers.Contains("Content-Transfer-Encoding: base64", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n"))))
            : body;
        return $"{to}\n{subject}\n\n{text}";
    }

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
