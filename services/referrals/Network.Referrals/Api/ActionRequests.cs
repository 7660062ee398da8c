using System.ComponentModel.DataAnnotations;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Validation;

namespace Network.Referrals.Api;

/// <summary>The body of <c>POST /api/referrals/{id}/accept</c>; both fields optional.</summary>
/// <param name="AppointmentAt">When the resident is expected, if an appointment is set.</param>
/// <param name="Note">A message to the sending partner, at most 2000 characters.</param>
public sealed record AcceptRequest(
    [property: PlausibleDate] DateTimeOffset? AppointmentAt = null,
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "La note fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Note = null
);

/// <summary>The body of <c>POST /api/referrals/{id}/decline</c>.</summary>
/// <param name="Reason">Why the referral is declined (required).</param>
/// <param name="Message">A message to the sending partner, at most 2000 characters.</param>
public sealed record DeclineRequest(
    [property: Required(
        ErrorMessage = "Le motif est obligatoire : hors-perimetre, pas-de-place, personne-injoignable, "
            + "deja-accompagnee, demande-incomplete ou autre."
    )]
        DeclineReason? Reason = null,
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "Le message fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Message = null
);

/// <summary>The body of <c>POST /api/referrals/{id}/complete</c>.</summary>
/// <param name="Outcome">What was done for the resident, at most 2000 characters (required).</param>
public sealed record CompleteRequest(
    [property: Required(ErrorMessage = "Le résultat de l'accompagnement est obligatoire.")]
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "Le résultat fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Outcome = null
);

/// <summary>The body of <c>POST /api/referrals/{id}/cancel</c>.</summary>
/// <param name="Reason">Why the sending partner withdraws the referral, one line of at most 2000 characters
/// (required).</param>
public sealed record CancelRequest(
    [property: Required(ErrorMessage = "Le motif d'annulation est obligatoire.")]
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "Le motif fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Reason = null
);

/// <summary>The body of <c>POST /api/referrals/{id}/comments</c>.</summary>
/// <param name="Text">The comment, seen by both partners: 1 to 2000 characters (required).</param>
public sealed record CommentRequest(
    [property: Required(ErrorMessage = "Le commentaire est vide.")]
    [property: MaxLength(ReferralRequest.MaxText, ErrorMessage = "Le commentaire fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Text = null
);
