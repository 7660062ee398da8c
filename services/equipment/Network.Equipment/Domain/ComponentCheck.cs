namespace Network.Equipment.Domain;

/// <summary>The state one component of a kit came back in.</summary>
/// <param name="Component">The component's name, as the item lists it.</param>
/// <param name="Condition">The state the component came back in.</param>
/// <param name="Notes">What the owner noted about it.</param>
public sealed record ComponentCheck(string Component, ItemCondition Condition, string? Notes);
