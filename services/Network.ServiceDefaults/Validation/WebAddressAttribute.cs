using System.ComponentModel.DataAnnotations;

namespace Network.ServiceDefaults.Validation;

/// <summary>An absolute http:// or https:// address (a website, the link to an online event); absent, it is not checked
/// here.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text
        || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
