namespace Network.Referrals.Domain;

/// <summary>
/// The person referred. Names, contacts and birth year are personal data (encrypted at rest, wiped on
/// erasure); the commune stays, for the anonymous statistics.
/// </summary>
public sealed class Resident
{
    private Resident() { }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public int? BirthYear { get; private set; }

    public string Commune { get; private set; } = "";

    public static Resident Create(
        string firstName,
        string lastName,
        string? phone,
        string? email,
        int? birthYear,
        string commune
    ) =>
        new()
        {
            FirstName = firstName,
            LastName = lastName,
            Phone = phone,
            Email = email,
            BirthYear = birthYear,
            Commune = commune,
        };

    /// <summary>What lists show: the first name and the initial of the last name.</summary>
    public string? LastNameInitial => string.IsNullOrEmpty(LastName) ? null : $"{char.ToUpperInvariant(LastName[0])}.";

    internal void Erase()
    {
        FirstName = null;
        LastName = null;
        Phone = null;
        Email = null;
        BirthYear = null;
    }
}
