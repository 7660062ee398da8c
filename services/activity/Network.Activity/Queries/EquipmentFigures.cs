namespace Network.Activity.Queries;

/// <summary>Loans of the shared pool: about partners, not residents, so never suppressed.</summary>
/// <param name="Loans">Loans that overlap the period.</param>
/// <param name="LoanDays">Days items were out on loan within the period.</param>
/// <param name="UtilisationRate">Loan days ÷ (items in the pool × days of the period), 0 to 1; null without both `from`
/// and `to`.</param>
/// <param name="Overdue">Loans now past their due date and not returned.</param>
public sealed record EquipmentFigures(int Loans, int LoanDays, double? UtilisationRate, int Overdue)
{
    /// <param name="lentDays">Loan days of the items counted in <paramref name="items"/>.</param>
    public static EquipmentFigures From(LoanTotals totals, int lentDays, int items, ActivityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(filter);
        var days = filter is { From: { } from, To: { } to } ? (int)Math.Ceiling((to - from).TotalDays) : 0;
        return new EquipmentFigures(totals.Loans, totals.LoanDays, Rates.Of(lentDays, items * days), totals.Overdue);
    }
}
