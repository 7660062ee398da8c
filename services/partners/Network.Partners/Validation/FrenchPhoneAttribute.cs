using System.ComponentModel.DataAnnotations;

namespace Network.Partners.Validation;

/// <summary>A French or overseas phone number that <see cref="FrenchPhone"/> brings to E.164; absent, it is not checked
/// here.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FrenchPhoneAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || FrenchPhone.TryNormalize(text, out _);
}
