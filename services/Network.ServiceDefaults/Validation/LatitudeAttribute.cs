using System.ComponentModel.DataAnnotations;

namespace Network.ServiceDefaults.Validation;

/// <summary>A latitude in decimal degrees (WGS 84), published as the field's bounds.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LatitudeAttribute : RangeAttribute
{
    public LatitudeAttribute()
        : base(-90.0, 90.0) => ErrorMessage = "La latitude est comprise entre {1} et {2}.";
}
