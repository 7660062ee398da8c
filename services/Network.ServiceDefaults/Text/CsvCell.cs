using System.Text.RegularExpressions;

namespace Network.ServiceDefaults.Text;

/// <summary>
/// A text cell of a CSV file that people open in a spreadsheet (RFC 4180, and OWASP's advice on formula injection).
/// A cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is taken for a formula
/// by Excel or LibreOffice, which would run it on the reader's machine: it gets a leading apostrophe, which the
/// spreadsheet shows as text. A plain number (a latitude of <c>-1.55</c>, a phone number of <c>+33493001100</c>)
/// is read as a number and runs nothing: it stays as it is, so that open data keeps its values.
/// </summary>
public static partial class CsvCell
{
    public static string Text(string? value, char separator)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if ((value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') && !PlainNumber().IsMatch(value))
        {
            value = "'" + value;
        }

        return value.Contains(separator, StringComparison.Ordinal) || value.IndexOfAny(['"', '\r', '\n']) >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(?:[.,][0-9]+)?\z")]
    private static partial Regex PlainNumber();
}
