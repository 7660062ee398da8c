using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Referrals.Api;

/// <param name="FirstName">The resident's first name, one line of at most 100 characters (required).</param>
/// <param name="LastName">The resident's last name, one line of at most 100 characters (required).</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Email">An e-mail address.</param>
/// <param name="BirthYear">The resident's year of birth, not in the future.</param>
/// <param name="Commune">The commune the resident lives in (required).</param>
public sealed partial record ResidentRequest(
    [property: Required(ErrorMessage = "Le prénom est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "Le prénom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? FirstName = null,
    [property: Required(ErrorMessage = "Le nom est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? LastName = null,
    [property: PhoneNumber] string? Phone = null,
    [property: MailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [property: MaxLength(254, ErrorMessage = "L'adresse e-mail fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Email = null,
    [property: Range(1900, 2100, ErrorMessage = "L'année de naissance est comprise entre {1} et {2}.")]
        int? BirthYear = null,
    [property: Required(ErrorMessage = "La commune de la personne est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "La commune fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Commune = null
) : IRequestRules
{
    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        errors.Require(
            BirthYear is null || BirthYear <= now.Year,
            "birthYear",
            "L'année de naissance n'est pas dans le futur."
        );
    }

    /// <summary>The resident of a request that passed its validation.</summary>
    public Resident ToResident() =>
        Resident.Create(
            FirstName!.Trim(),
            LastName!.Trim(),
            Phone is null ? null : Separators().Replace(Phone, ""),
            Email?.Trim(),
            BirthYear,
            Commune!.Trim()
        );

    [GeneratedRegex(@"[ .\-]")]
    private static partial Regex Separators();
}
