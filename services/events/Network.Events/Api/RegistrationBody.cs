using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Network.Events.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Events.Api;

/// <summary>The body of <c>POST /api/events/{id}/registrations</c>: a first name is enough; a way to reach the person
/// is optional.</summary>
/// <param name="FirstName">The person's first name, one line of at most 100 characters (required).</param>
/// <param name="LastName">The last name.</param>
/// <param name="Email">An e-mail address, to receive the convocation and notices.</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Seats">Seats to register, 1 by default; without an account, at most `Events:AnonymousMaxSeats`
/// (4).</param>
public sealed partial record RegistrationBody(
    [property: Required(ErrorMessage = "Le prénom est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "Le prénom fait au plus {1} caractères.")]
    [property: PersonName(ErrorMessage = PersonName.FirstNameRule)]
    [property: SingleLine]
        string? FirstName = null,
    [property: MaxLength(100, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: PersonName(ErrorMessage = PersonName.LastNameRule)]
    [property: SingleLine]
        string? LastName = null,
    [property: MailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [property: MaxLength(254, ErrorMessage = "L'adresse e-mail fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Email = null,
    [property: PhoneNumber] string? Phone = null,
    [property: Range(1, RegistrationBody.MaxSeats, ErrorMessage = "On réserve de {1} à {2} places.")] int Seats = 1
)
{
    public const int MaxSeats = 10;

    /// <summary>The seats the public may take, fewer than staff may (<paramref name="maxSeats"/>).</summary>
    public ValidationErrors CheckPublicSeats(int maxSeats) =>
        new ValidationErrors().Require(
            Seats <= maxSeats,
            "seats",
            $"Sans compte, on réserve de 1 à {maxSeats} places ; pour davantage, contactez la structure organisatrice."
        );

    /// <summary>The registration of a body that passed its validation.</summary>
    public RegistrationRequest ToRequest(bool byStaff) =>
        new(
            FirstName!.Trim(),
            string.IsNullOrWhiteSpace(LastName) ? null : LastName.Trim(),
            Email?.Trim(),
            Phone is null ? null : Separators().Replace(Phone, ""),
            Seats,
            byStaff
        );

    [GeneratedRegex(@"[ .\-]")]
    private static partial Regex Separators();
}
