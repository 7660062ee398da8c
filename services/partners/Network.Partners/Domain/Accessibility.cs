namespace Network.Partners.Domain;

/// <summary>Whether a wheelchair user can come in, and what else a visitor should know.</summary>
public sealed record Accessibility(bool Wheelchair, string? Notes);
