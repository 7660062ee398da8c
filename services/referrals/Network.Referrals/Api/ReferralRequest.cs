using System.ComponentModel.DataAnnotations;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Referrals.Api;

/// <summary>
/// The body of <c>POST /api/referrals</c>. Each field declares its own rules; the needs' codes are checked in code.
/// Fields are nullable so that every missing one is named at once.
/// </summary>
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
    [property: Required(ErrorMessage = "La structure destinataire est obligatoire.")] Guid? ToPartnerId = null,
    [property: Required(ErrorMessage = "La personne orientée est obligatoire.")] ResidentRequest? Resident = null,
    [property: Required(ErrorMessage = "Indiquez au moins un besoin.")]
    [property: MinLength(1, ErrorMessage = "Indiquez au moins un besoin.")]
        IReadOnlyList<string>? Needs = null,
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "La note fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Note = null,
    Urgency? Urgency = null,
    [property: Required(ErrorMessage = "Le consentement de la personne est obligatoire pour l'orienter.")]
        ConsentRequest? Consent = null,
    Guid? EventId = null
) : IRequestRules
{
    public const int MaxText = 2000;

    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var need in Needs ?? [])
        {
            errors.Require(
                Domain.Needs.IsKnown(need),
                "needs",
                $"« {need} » n'est pas un besoin connu (voir GET /api/referrals/needs)."
            );
        }
    }

    /// <summary>The details of a request that passed its validation.</summary>
    public ReferralDetails ToDetails() =>
        new(
            ToPartnerId!.Value,
            Resident!.ToResident(),
            [.. Needs!.Distinct()],
            string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
            Urgency ?? Domain.Urgency.Normal,
            new Consent(Consent!.Method!.Value, Consent.ObtainedAt!.Value.ToUniversalTime()),
            EventId
        );
}

/// <param name="Method">How the resident gave consent: oral, written or digital (required).</param>
/// <param name="ObtainedAt">When the resident gave consent (required; not in the future).</param>
public sealed record ConsentRequest(
    [property: Required(ErrorMessage = "Indiquez comment le consentement a été recueilli : oral, written ou digital.")]
        ConsentMethod? Method = null,
    [property: Required(ErrorMessage = "Indiquez quand le consentement a été recueilli.")]
    [property: PlausibleDate]
        DateTimeOffset? ObtainedAt = null
) : IRequestRules
{
    /// <summary>A consent dated a little ahead of the server's clock is still accepted (clocks drift).</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        errors.Require(
            ObtainedAt is null || ObtainedAt <= now + ClockTolerance,
            "obtainedAt",
            "Le consentement ne peut pas être daté dans le futur."
        );
    }
}
