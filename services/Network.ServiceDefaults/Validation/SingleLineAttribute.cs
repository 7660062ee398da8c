using System.ComponentModel.DataAnnotations;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// A field that holds one line (a name, a title, a commune, a reason, a code): no line break, no tab, no other control
/// character, no Unicode line or paragraph separator (<see cref="Text.ControlCharacters.IsSingleLine"/>). Declared as a
/// pattern, so that the OpenAPI document tells clients the rule too.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SingleLineAttribute : RegularExpressionAttribute
{
    private const string OneLine = @"^[^\u0000-\u001F\u007F-\u009F\u2028\u2029]*$";

    public SingleLineAttribute()
        : base(OneLine) => ErrorMessage = ValidationErrors.SingleLineMessage;
}
