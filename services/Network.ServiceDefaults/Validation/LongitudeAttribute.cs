using System.ComponentModel.DataAnnotations;

namespace Network.ServiceDefaults.Validation;

/// <summary>A longitude in decimal degrees (WGS 84), published as the field's bounds.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LongitudeAttribute : RangeAttribute
{
    public LongitudeAttribute()
        : base(-180.0, 180.0) => ErrorMessage = "La longitude est comprise entre {1} et {2}.";
}
