using System.ComponentModel.DataAnnotations;

namespace Network.Partners.Validation;

/// <summary>A SIRET with a valid check key (<see cref="Siret"/>); absent, it is not checked here.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SiretAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || Siret.IsValid(text);
}
