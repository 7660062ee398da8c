using System.Text.Json.Serialization;

namespace Network.Equipment.Domain;

/// <summary>
/// How an item is lent: at most <see cref="MaxDays"/> days a loan, <see cref="BufferHours"/> hours kept free
/// before and after each loan (hand-over, cleaning, charging), and whether the owner approves each request.
/// </summary>
/// <param name="MaxDays">The longest loan, in days.</param>
/// <param name="BufferHours">Hours kept free between two loans, to check and charge the item.</param>
/// <param name="RequiresApproval">Whether the owner approves each reservation; otherwise it is approved at
/// once.</param>
public sealed record LoanRules(int MaxDays, int BufferHours, bool RequiresApproval)
{
    [JsonIgnore]
    public TimeSpan Buffer => TimeSpan.FromHours(BufferHours);

    [JsonIgnore]
    public TimeSpan MaxLength => TimeSpan.FromDays(MaxDays);
}
