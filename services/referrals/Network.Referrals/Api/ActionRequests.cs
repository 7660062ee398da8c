using Network.Referrals.Domain;

namespace Network.Referrals.Api;

/// <summary>The body of <c>POST /api/referrals/{id}/accept</c>; both fields optional.</summary>
public sealed record AcceptRequest(DateTimeOffset? AppointmentAt = null, string? Note = null);

/// <summary>The body of <c>POST /api/referrals/{id}/decline</c>.</summary>
public sealed record DeclineRequest(DeclineReason? Reason = null, string? Message = null);

/// <summary>The body of <c>POST /api/referrals/{id}/complete</c>.</summary>
public sealed record CompleteRequest(string? Outcome = null);

/// <summary>The body of <c>POST /api/referrals/{id}/cancel</c>.</summary>
public sealed record CancelRequest(string? Reason = null);

/// <summary>The body of <c>POST /api/referrals/{id}/comments</c>.</summary>
public sealed record CommentRequest(string? Text = null);
