using System.ComponentModel.DataAnnotations;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Validation;

/// <summary>An instant or a date between the years of <see cref="PlausibleDates"/>; absent, it is not checked
/// here.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlausibleDateAttribute : ValidationAttribute
{
    public PlausibleDateAttribute() => ErrorMessage = PlausibleDates.Message;

    public override bool IsValid(object? value) =>
        value switch
        {
            DateTimeOffset instant => PlausibleDates.IsPlausible(instant),
            DateOnly date => PlausibleDates.IsPlausible(date),
            _ => true,
        };
}
