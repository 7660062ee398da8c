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

    /// <summary>Drawn when the form is shown, and again after any problem, as the API remembers its answer to a key:
    /// the same form posted twice makes one registration, and the corrected form is a new request.</summary>
    public string? RequestKey { get; set; }

    internal object ToBody() =>
        new
        {
            firstName = FormValue.Of(FirstName),
            lastName = FormValue.Of(LastName),
            email = FormValue.Of(Email),
            phone = FormValue.Of(Phone),
            seats = Seats,
        };
}
