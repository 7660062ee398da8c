using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Network.ServiceDefaults.Text;

namespace Network.ServiceDefaults.Notices;

/// <summary>A file sent with a notice (a workshop's .ics).</summary>
public sealed record NoticeAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A link of a notice: its words, and where it leads.</summary>
public sealed record NoticeLink(string Label, Uri Url);

/// <summary>
/// What a notice says: a subject, short paragraphs, links, attachments. The plain-text part and the HTML part are both
/// written from it, so they say the same; every text is escaped in the HTML part.
/// </summary>
public sealed record NoticeContent(string Subject, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Escapes what HTML gives a meaning to (<c>&lt; &gt; &amp; " '</c>), and leaves French letters as they
    /// are: the part is UTF-8.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public IReadOnlyList<NoticeLink> Links { get; init; } = [];

    public IReadOnlyList<NoticeAttachment> Attachments { get; init; } = [];

    /// <summary>A header holds one line, whatever the title it names was given.</summary>
    public string OneLineSubject => ControlCharacters.OneLine(Subject) ?? "";

    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var paragraph in Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }

            foreach (var link in Links)
            {
                text.Append(link.Label).Append(" : ").Append(link.Url.AbsoluteUri).Append("\n\n");
            }

            return text.ToString().TrimEnd('\n') + "\n";
        }
    }

    public string Html
    {
        get
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .Append(Encoder.Encode(OneLineSubject))
                .Append("</title></head><body>");
            foreach (var paragraph in Paragraphs)
            {
                html.Append("<p>")
                    .AppendJoin("<br>", paragraph.Split('\n').Select(line => Encoder.Encode(line)))
                    .Append("</p>");
            }

            foreach (var link in Links)
            {
                html.Append("<p><a href=\"")
                    .Append(Encoder.Encode(link.Url.AbsoluteUri))
                    .Append("\">")
                    .Append(Encoder.Encode(link.Label))
                    .Append("</a></p>");
            }

            return html.Append("</body></html>").ToString();
        }
    }
}

/// <summary>What the service's composer makes of a notice when its turn comes.</summary>
public sealed class NoticeDraft
{
    private NoticeDraft(NoticeOutcome? settled, string? address, NoticeContent? content) =>
        (Settled, Address, Content) = (settled, address, content);

    /// <summary>No longer true or wanted: nothing is sent.</summary>
    public static NoticeDraft Moot { get; } = new(NoticeOutcome.Moot, null, null);

    /// <summary>The recipient has no e-mail address: counted for the staff to call.</summary>
    public static NoticeDraft NoAddress { get; } = new(NoticeOutcome.NoChannel, null, null);

    internal NoticeOutcome? Settled { get; }

    internal string? Address { get; }

    internal NoticeContent? Content { get; }

    public static NoticeDraft To(string address, NoticeContent content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentNullException.ThrowIfNull(content);
        return new NoticeDraft(null, address, content);
    }
}

/// <summary>
/// A service's words for its notices: reads the notice's subject from the service's data and says who receives what.
/// Scoped: it shares the sender's DbContext, so what it changes (a token issued for a link) is saved with the
/// notice's outcome.
/// </summary>
public interface INoticeComposer
{
    Task<NoticeDraft> ComposeAsync(Notice notice, CancellationToken cancellationToken);
}
