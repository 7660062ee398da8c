using Network.Referrals.Domain;

namespace Network.Referrals.Api;

/// <summary>The body of <c>POST /api/referrals/{id}/accept</c>; both fields optional.</summary>
/// <param name="AppointmentAt">When the resident is expected, if an appointment is set.</param>
/// <param name="Note">A message to the sending partner.</param>
public sealed record AcceptRequest(DateTimeOffset? AppointmentAt = null, string? Note = null);

/// <summary>The body of <c>POST /api/referrals/{id}/decline</c>.</summary>
/// <param name="Reason">Why the referral is declined (required).</param>
/// <param name="Message">A message to the sending partner.</param>
public sealed record DeclineRequest(DeclineReason? Reason = null, string? Message = null);

/// <summary>The body of <c>POST /api/referrals/{id}/complete</c>.</summary>
/// <param name="Outcome">What was done for the resident.</param>
public sealed record CompleteRequest(string? Outcome = null);

/// <summary>The body of <c>POST /api/referrals/{id}/cancel</c>.</summary>
/// <param name="Reason">Why the sending partner withdraws the referral.</param>
public sealed record CancelRequest(string? Reason = null);

/// <summary>The body of <c>POST /api/referrals/{id}/comments</c>.</summary>
/// <param name="Text">The comment, seen by both partners (required).</param>
public sealed record CommentRequest(string? Text = null);
