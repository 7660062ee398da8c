using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// An e-mail address written as a mail server reads it, nothing around it (no display name, no comment); absent, it is
/// not checked here. <see cref="WithDomainDot"/> also asks for a dot, as the national standard of a partner's contact
/// does.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MailAddressAttribute : ValidationAttribute
{
    public bool WithDomainDot { get; set; }

    public override bool IsValid(object? value) =>
        value is not string text
        || (
            MailAddress.TryCreate(text, out var mail)
            && mail.Address == text
            && (!WithDomainDot || text.Contains('.', StringComparison.Ordinal))
        );
}
