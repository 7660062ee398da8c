namespace Network.ServiceDefaults.Validation;

/// <summary>A French postal code: five digits, published as the field's pattern.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PostalCodeAttribute : PatternAttribute
{
    public const string Message = "Le code postal est fait de 5 chiffres.";

    public PostalCodeAttribute()
        : base("^[0-9]{5}$") => ErrorMessage = Message;
}
