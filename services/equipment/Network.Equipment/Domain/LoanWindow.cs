namespace Network.Equipment.Domain;

/// <summary>The time an item is lent for, <see cref="From"/> inclusive to <see cref="To"/> exclusive, in UTC.</summary>
public readonly record struct LoanWindow(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>
    /// Whether two loans of one item collide once each is widened by <paramref name="buffer"/>: the item needs
    /// that long between the end of one loan and the start of the next.
    /// </summary>
    public bool Collides(LoanWindow other, TimeSpan buffer) => From < other.To + buffer && other.From < To + buffer;
}
