using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Network.ServiceDefaults.Text;

/// <summary>
/// Line breaks and other control characters in what people type. A name, a title or a commune holds one line: a
/// break in it would start a new line in a calendar feed, an e-mail header or a spreadsheet, where a line is a
/// record. A description or a note may hold line breaks, but no other control character. Requests are refused
/// by <see cref="Validation.SingleLineAttribute"/> and <see cref="Validation.MultiLineAttribute"/>; what writes stored
/// text out (feeds, exports, e-mails) flattens it with <see cref="OneLine"/> or <see cref="Lines"/> all the same, as
/// data stored before the rule or brought by a message never went through it.
/// </summary>
public static class ControlCharacters
{
    /// <summary>No control character and no Unicode line or paragraph separator: the value holds one line.</summary>
    public static bool IsSingleLine(string? value) => value is null || !value.Any(IsBreakOrControl);

    /// <summary>Line breaks (CR, LF) allowed; no other control character, the tab included.</summary>
    public static bool IsMultiLine(string? value) =>
        value is null || !value.Any(c => c is not ('\r' or '\n') && char.IsControl(c));

    /// <summary>The value on one line: every line break or control character becomes a space.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? OneLine(string? value) =>
        value is null || IsSingleLine(value) ? value : string.Create(value.Length, value, static (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    span[i] = IsBreakOrControl(text[i]) ? ' ' : text[i];
                }
            });

    /// <summary>The value's lines, separated by LF whatever the client sent (CRLF, CR); any other control character
    /// becomes a space.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Lines(string? value)
    {
        if (value is null || (IsMultiLine(value) && !value.Contains('\r', StringComparison.Ordinal)))
        {
            return value;
        }

        var lines = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                lines.Append('\n');
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                lines.Append(c != '\n' && char.IsControl(c) ? ' ' : c);
            }
        }

        return lines.ToString();
    }

    private static bool IsBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
