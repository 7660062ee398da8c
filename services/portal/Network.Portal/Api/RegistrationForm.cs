namespace Network.Portal.Api;

/// <summary>The registration form of a workshop's page, as posted; the API checks it and names the fields at
/// fault.</summary>
public sealed class RegistrationForm
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public int Seats { get; set; } = 1;

    /// <summary>Drawn when the form is shown: the same form posted twice makes one registration.</summary>
    public string? RequestKey { get; set; }

    internal object ToBody() =>
        new
        {
            firstName = Blank(FirstName),
            lastName = Blank(LastName),
            email = Blank(Email),
            phone = Blank(Phone),
            seats = Seats,
        };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
