using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Network.ServiceDefaults.Protection;

/// <summary>
/// Encrypts residents' personal data before it reaches the database, with ASP.NET Core Data Protection (the key ring of
/// <c>DataProtection:KeyRingPath</c>, which the service shares with idempotency) under a purpose of the service's own:
/// a dump of the database without the key ring reveals no name, contact or note.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    /// <summary>A protector with keys that live as long as the process: for design-time tools that never read
    /// data.</summary>
    public static PersonalDataProtector Ephemeral() => new(new EphemeralDataProtectionProvider(), "design-time");

    /// <summary>Whether a stored value is a Data Protection payload: their magic header, base64url-encoded, starts
    /// so.</summary>
    public static bool IsProtected(string stored) => stored.StartsWith("CfDJ8", StringComparison.Ordinal);

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string value) => _protector.Unprotect(value);

    public string ProtectYear(int year) => Protect(year.ToString(CultureInfo.InvariantCulture));

    public int UnprotectYear(string value) => int.Parse(Unprotect(value), CultureInfo.InvariantCulture);
}

public static class PersonalDataProtection
{
    /// <summary>Registers the service's <see cref="PersonalDataProtector"/>; <paramref name="purpose"/> never changes
    /// once data is stored.</summary>
    public static IServiceCollection AddPersonalDataProtector(this IServiceCollection services, string purpose) =>
        services.AddSingleton(provider => new PersonalDataProtector(
            provider.GetRequiredService<IDataProtectionProvider>(),
            purpose
        ));
}
