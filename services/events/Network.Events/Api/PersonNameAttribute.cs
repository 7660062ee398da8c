using System.ComponentModel.DataAnnotations;

namespace Network.Events.Api;

/// <summary>A name as <see cref="PersonName"/> has it, spaces around it aside; a blank one is not checked
/// here.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PersonNameAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || PersonName.IsValid(text.Trim());
}
