using System.Net.Mail;
using System.Text.RegularExpressions;
using Network.Events.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>The body of <c>POST /api/events/{id}/registrations</c>: a first name is enough; a way to reach the person
/// is optional.</summary>
/// <param name="FirstName">The person's first name, one line (required).</param>
/// <param name="LastName">The last name.</param>
/// <param name="Email">An e-mail address, to receive the convocation and notices.</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Seats">Seats to register, 1 by default.</param>
public sealed partial record RegistrationBody(
    string? FirstName = null,
    string? LastName = null,
    string? Email = null,
    string? Phone = null,
    int Seats = 1
)
{
    public const int MaxSeats = 10;

    /// <summary>Checks the body; <paramref name="maxSeats"/> is lower for the public than for staff.</summary>
    public (RegistrationRequest? Request, ValidationErrors Errors) Validate(bool byStaff, int maxSeats = MaxSeats)
    {
        var lastName = string.IsNullOrWhiteSpace(LastName) ? null : LastName.Trim();
        var emailValid =
            Email is null
            || (Email.Length <= 254 && MailAddress.TryCreate(Email, out var mail) && mail.Address == Email);
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(FirstName), "firstName", "Le prénom est obligatoire.")
            .Require(
                FirstName is null || FirstName.Length <= 100,
                "firstName",
                "Le prénom fait au plus 100 caractères."
            )
            .Require(
                string.IsNullOrWhiteSpace(FirstName) || PersonName.IsValid(FirstName.Trim()),
                "firstName",
                PersonName.Rule("Le prénom")
            )
            .RequireSingleLine(FirstName, "firstName")
            .Require(lastName is null || lastName.Length <= 100, "lastName", "Le nom fait au plus 100 caractères.")
            .Require(lastName is null || PersonName.IsValid(lastName), "lastName", PersonName.Rule("Le nom"))
            .RequireSingleLine(LastName, "lastName")
            .Require(emailValid, "email", "L'adresse e-mail n'est pas valide.")
            .RequireSingleLine(Email, "email")
            .Require(
                Phone is null || PhonePattern().IsMatch(Phone),
                "phone",
                "Le numéro de téléphone n'est pas valide."
            )
            .RequireSingleLine(Phone, "phone")
            .Require(
                Seats is >= 1 && Seats <= maxSeats,
                "seats",
                byStaff
                    ? $"On réserve de 1 à {maxSeats} places."
                    : $"Sans compte, on réserve de 1 à {maxSeats} places ; pour davantage, contactez la structure "
                        + "organisatrice."
            );
        return errors.IsEmpty
            ? (
                new RegistrationRequest(
                    FirstName!.Trim(),
                    lastName,
                    Email?.Trim(),
                    Phone is null ? null : Separators().Replace(Phone, ""),
                    Seats,
                    byStaff
                ),
                errors
            )
            : (null, errors);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[ .\-]")]
    private static partial Regex Separators();
}
