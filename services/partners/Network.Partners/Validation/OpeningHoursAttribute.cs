using System.ComponentModel.DataAnnotations;

namespace Network.Partners.Validation;

/// <summary>Opening hours in the OpenStreetMap forms partners use (<see cref="OpeningHours"/>); absent, they are not
/// checked here.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OpeningHoursAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || OpeningHours.IsValid(text);
}
