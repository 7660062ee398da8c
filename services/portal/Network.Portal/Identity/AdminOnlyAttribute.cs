namespace Network.Portal.Identity;

/// <summary>A workspace page for the admins of the structure only: its other staff get "Page introuvable", as for an
/// unknown address.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AdminOnlyAttribute : Attribute;
