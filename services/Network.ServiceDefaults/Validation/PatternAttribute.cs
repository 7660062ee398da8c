using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// A text that matches <see cref="RegularExpressionAttribute.Pattern"/> whole, published as the field's <c>pattern</c>.
/// Unlike
/// <see cref="RegularExpressionAttribute"/>, which lets an empty text through, an empty text passes only if the pattern
/// takes it: a postal code of "" is no postal code.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public class PatternAttribute(string pattern) : RegularExpressionAttribute(pattern)
{
    public override bool IsValid(object? value) =>
        value is string { Length: 0 } ? Regex.IsMatch("", Pattern) : base.IsValid(value);
}
