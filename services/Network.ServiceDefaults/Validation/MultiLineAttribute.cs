using System.ComponentModel.DataAnnotations;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// A free text (a description, a note, a comment): line breaks (CR, LF), and no other control character, the tab
/// included (<see cref="Text.ControlCharacters.IsMultiLine"/>). Declared as a pattern, so that the OpenAPI document
/// tells clients the rule too.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MultiLineAttribute : RegularExpressionAttribute
{
    private const string Lines = @"^[^\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";

    public MultiLineAttribute()
        : base(Lines) => ErrorMessage = ValidationErrors.MultiLineMessage;
}
