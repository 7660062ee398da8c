namespace Network.Equipment.Domain;

/// <summary>The state one component of a kit came back in.</summary>
public sealed record ComponentCheck(string Component, ItemCondition Condition, string? Notes);
