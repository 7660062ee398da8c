using System.Text;
using System.Text.RegularExpressions;

namespace Network.Events.Tests;

/// <summary>Reads a message written to a pickup folder: its recipient, its subject and its base64 body,
/// decoded.</summary>
internal static partial class MailText
{
    /// <summary>
    /// The messages of <paramref name="pickup"/>, decoded; one still being written (the sender writes the file in
    /// place) is left for the next look.
    /// </summary>
    public static List<string> All(string pickup) =>
        Directory.Exists(pickup)
            ?
            [
                .. Directory
                    .GetFiles(pickup, "*.eml")
                    .Select(Read)
                    .Where(text => text is not null)
                    .Select(text => Decode(text!)),
            ]
            : [];

    public static string Decode(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var (headers, body) = (eml[..split], eml[(split + 4)..]);
        var to = headers.Split("\r\n").Single(line => line.StartsWith("To: ", StringComparison.Ordinal));
        var subject = EncodedWord()
            .Replace(
                headers.Split("\r\n").Single(line => line.StartsWith("Subject: ", StringComparison.Ordinal)),
                match => Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value))
            );
        var text = headers.Contains("Content-Transfer-Encoding: base64", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n"))))
            : body;
        return $"{to}\n{subject}\n\n{text}";
    }

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    private static string? Read(string file)
    {
        try
        {
            using var stream = new FileStream(
                file,
                FileMode.Open,
                FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete
            );
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            return
                text.Contains("\r\n\r\n", StringComparison.Ordinal) && text.EndsWith("\r\n", StringComparison.Ordinal)
                ? text
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
