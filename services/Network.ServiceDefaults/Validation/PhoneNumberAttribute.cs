namespace Network.ServiceDefaults.Validation;

/// <summary>
/// A phone number as people type it: digits, an optional leading +, spaces, dots or hyphens between them; published as
/// the field's pattern. The separators go before it is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PhoneNumberAttribute : PatternAttribute
{
    public PhoneNumberAttribute()
        : base(@"^\+?[0-9][0-9 .\-]{5,19}$") => ErrorMessage = "Le numéro de téléphone n'est pas valide.";
}
