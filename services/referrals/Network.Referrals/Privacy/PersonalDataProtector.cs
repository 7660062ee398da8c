using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Network.Referrals.Privacy;

/// <summary>
/// Encrypts residents' personal data and free text before they reach the database, with ASP.NET Core Data
/// Protection (the key ring of <c>DataProtection:KeyRingPath</c>, which the service shares with idempotency)
/// under a purpose of its own: a dump of the database without the key ring reveals no name, contact or note.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "Network.Referrals.PersonalData.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>A protector with keys that live as long as the process: for design-time tools that never read data.</summary>
    public static PersonalDataProtector Ephemeral() => new(new EphemeralDataProtectionProvider());

    public string Protect(string value) => _protector.Protect(value);

    public string Unprotect(string value) => _protector.Unprotect(value);

    public string ProtectYear(int year) => Protect(year.ToString(CultureInfo.InvariantCulture));

    public int UnprotectYear(string value) => int.Parse(Unprotect(value), CultureInfo.InvariantCulture);
}
