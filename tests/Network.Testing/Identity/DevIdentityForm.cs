using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Network.Testing.Identity;

/// <summary>
/// A form of a DevIdentity page (login, logout confirmation, new password), read as a browser reads it: where it
/// posts and its hidden fields.
/// </summary>
public sealed partial record DevIdentityForm(Uri Action, IReadOnlyDictionary<string, string> Hidden)
{
    public static DevIdentityForm Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var form = FormTag().Match(html);
        Assert.True(form.Success, $"No form in the page:\n{html}");
        var hidden = HiddenInput()
            .Matches(html)
            .ToDictionary(
                match => WebUtility.HtmlDecode(match.Groups["name"].Value),
                match => WebUtility.HtmlDecode(match.Groups["value"].Value)
            );
        return new DevIdentityForm(
            new Uri(WebUtility.HtmlDecode(form.Groups["action"].Value), UriKind.RelativeOrAbsolute),
            hidden
        );
    }

    /// <summary>The hidden fields and the given ones, form-encoded.</summary>
    public FormUrlEncodedContent With(params (string Name, string Value)[] fields) =>
        new(
            Hidden
                .Select(field => KeyValuePair.Create<string?, string?>(field.Key, field.Value))
                .Concat(fields.Select(field => KeyValuePair.Create<string?, string?>(field.Name, field.Value)))
        );

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]*)\">")]
    private static partial Regex FormTag();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
