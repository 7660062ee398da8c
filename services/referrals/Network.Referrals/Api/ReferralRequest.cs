using System.Net.Mail;
using System.Text.RegularExpressions;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>The body of <c>POST /api/referrals</c>; every field optional so that every missing one is named at
/// once.</summary>
/// <param name="ToPartnerId">The partner the resident is referred to (required; an active partner other than the
/// sender).</param>
/// <param name="Resident">The resident referred, whose data only the two partners see (required).</param>
/// <param name="Needs">What the resident needs, codes of `GET /api/referrals/needs` (at least one).</param>
/// <param name="Note">What the receiving partner should know, at most 2000 characters; line breaks are kept.</param>
/// <param name="Urgency">How soon the resident needs help.</param>
/// <param name="Consent">How and when the resident agreed to be referred (required).</param>
/// <param name="EventId">A published, upcoming workshop of the receiving partner at which to hold the resident a seat
/// (optional).</param>
public sealed record ReferralRequest(
    Guid? ToPartnerId = null,
    ResidentRequest? Resident = null,
    IReadOnlyList<string>? Needs = null,
    string? Note = null,
    Urgency? Urgency = null,
    ConsentRequest? Consent = null,
    Guid? EventId = null
)
{
    public const int MaxText = 2000;

    /// <summary>A consent dated a little ahead of the server's clock is still accepted (clocks drift).</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public (ReferralDetails? Details, ValidationErrors Errors) Validate(DateTimeOffset now)
    {
        var errors = new ValidationErrors()
            .Require(ToPartnerId is not null, "toPartnerId", "La structure destinataire est obligatoire.")
            .Require(Resident is not null, "resident", "La personne orientée est obligatoire.")
            .Require(Needs is { Count: > 0 }, "needs", "Indiquez au moins un besoin.")
            .Require(Note is null || Note.Length <= MaxText, "note", $"La note fait au plus {MaxText} caractères.")
            .RequireMultiLine(Note, "note")
            .Require(Consent is not null, "consent", "Le consentement de la personne est obligatoire pour l'orienter.")
            .Require(
                Consent is null || Consent.Method is not null,
                "consent.method",
                "Indiquez comment le consentement a été recueilli : oral, written ou digital."
            )
            .Require(
                Consent is null || Consent.ObtainedAt is not null,
                "consent.obtainedAt",
                "Indiquez quand le consentement a été recueilli."
            )
            .Require(
                Consent?.ObtainedAt is null || Consent.ObtainedAt <= now + ClockTolerance,
                "consent.obtainedAt",
                "Le consentement ne peut pas être daté dans le futur."
            )
            .RequirePlausible(Consent?.ObtainedAt, "consent.obtainedAt");
        foreach (var need in Needs ?? [])
        {
            errors.Require(
                Domain.Needs.IsKnown(need),
                "needs",
                $"« {need} » n'est pas un besoin connu (voir GET /api/referrals/needs)."
            );
        }

        var resident = Resident?.Validate(errors, now);
        if (!errors.IsEmpty || resident is null)
        {
            return (null, errors);
        }

        return (
            new ReferralDetails(
                ToPartnerId!.Value,
                resident,
                [.. Needs!.Distinct()],
                string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
                Urgency ?? Domain.Urgency.Normal,
                new Consent(Consent!.Method!.Value, Consent.ObtainedAt!.Value.ToUniversalTime()),
                EventId
            ),
            errors
        );
    }
}

/// <param name="Method">How the resident gave consent: oral, written or digital (required).</param>
/// <param name="ObtainedAt">When the resident gave consent (required; not in the future).</param>
public sealed record ConsentRequest(ConsentMethod? Method = null, DateTimeOffset? ObtainedAt = null);

/// <param name="FirstName">The resident's first name, one line of at most 100 characters (required).</param>
/// <param name="LastName">The resident's last name, one line.</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Email">An e-mail address.</param>
/// <param name="BirthYear">The resident's year of birth.</param>
/// <param name="Commune">The commune the resident lives in.</param>
public sealed partial record ResidentRequest(
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null,
    string? Email = null,
    int? BirthYear = null,
    string? Commune = null
)
{
    public Resident? Validate(ValidationErrors errors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var emailValid =
            Email is null
            || (Email.Length <= 254 && MailAddress.TryCreate(Email, out var mail) && mail.Address == Email);
        var before = errors.ToDictionary().Count;
        errors
            .Require(!string.IsNullOrWhiteSpace(FirstName), "resident.firstName", "Le prénom est obligatoire.")
            .Require(
                FirstName is null || FirstName.Length <= 100,
                "resident.firstName",
                "Le prénom fait au plus 100 caractères."
            )
            .RequireSingleLine(FirstName, "resident.firstName")
            .Require(!string.IsNullOrWhiteSpace(LastName), "resident.lastName", "Le nom est obligatoire.")
            .Require(
                LastName is null || LastName.Length <= 100,
                "resident.lastName",
                "Le nom fait au plus 100 caractères."
            )
            .RequireSingleLine(LastName, "resident.lastName")
            .Require(
                Phone is null || PhonePattern().IsMatch(Phone),
                "resident.phone",
                "Le numéro de téléphone n'est pas valide."
            )
            .RequireSingleLine(Phone, "resident.phone")
            .Require(emailValid, "resident.email", "L'adresse e-mail n'est pas valide.")
            .RequireSingleLine(Email, "resident.email")
            .Require(
                BirthYear is null || (BirthYear >= 1900 && BirthYear <= now.Year),
                "resident.birthYear",
                $"L'année de naissance est comprise entre 1900 et {now.Year}."
            )
            .Require(
                !string.IsNullOrWhiteSpace(Commune),
                "resident.commune",
                "La commune de la personne est obligatoire."
            )
            .Require(
                Commune is null || Commune.Length <= 100,
                "resident.commune",
                "La commune fait au plus 100 caractères."
            )
            .RequireSingleLine(Commune, "resident.commune");
        return errors.ToDictionary().Count > before
            ? null
            : Domain.Resident.Create(
                FirstName!.Trim(),
                LastName!.Trim(),
                Phone is null ? null : Separators().Replace(Phone, ""),
                Email?.Trim(),
                BirthYear,
                Commune!.Trim()
            );
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[ .\-]")]
    private static partial Regex Separators();
}
