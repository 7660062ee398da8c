namespace Network.Partners.Domain;

/// <summary>How the public reaches a partner; the phone number in E.164.</summary>
public sealed record Contact(string? Email, string? Phone, string? Website);
