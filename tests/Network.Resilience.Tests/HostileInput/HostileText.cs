namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// Text that probes how a service handles what it stores, searches, logs and echoes: injections of every kind,
/// control characters and unusual Unicode. Any of these but the control characters may be a legitimate value of a
/// free-text field, and a line break is one of a description, so a request never relies on them alone to be invalid;
/// the requests whose only fault is a control character come from the patterns the documents declare
/// (<see cref="DeclaredRules"/>).
/// </summary>
public static class HostileText
{
    /// <summary>Stands for a lone surrogate: System.Text.Json refuses to write one, so it is spliced into the JSON
    /// text.</summary>
    public const string LoneSurrogateMarker = "@@lone-surrogate@@";

    public static readonly IReadOnlyList<string> Values =
    [
        "' OR '1'='1",
        "'; DROP TABLE \"Events\"; --",
        "1; SELECT * FROM sqlite_master --",
        "\" OR \"\"=\"",
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "line\r\nSet-Cookie: injected=1",
        "header\r\nX-Injected: 1\r\n\r\n<html>",
        "%s%s%s%s%n%x%d",
        "{0}{1}{999}",
        "${jndi:ldap://example.invalid/a}",
        "{{7*7}}",
        "nul\u0000byte",
        "\u0001\u0002\u0007\u001b[31mred\u001b[0m",
        "left\u202Etxt.exe",
        "\u200B\u200C\u200D\uFEFF",
        "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
        "𝕳𝖊𝖑𝖑𝖔 🏳️‍🌈 👨‍👩‍👧‍👦",
        "Ω≈ç√∫˜µ≤≥÷ 田中さん ﷽",
        "\uFFFF\uFFFE",
        "   ",
        "",
        new string('A', 5000),
    ];

    /// <summary>A value of <paramref name="length"/> characters.</summary>
    public static string OfLength(int length) => new('x', length);

    public static string Pick(int index) => Values[(index % Values.Count + Values.Count) % Values.Count];
}
