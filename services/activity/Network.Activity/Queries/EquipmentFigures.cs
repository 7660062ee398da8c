namespace Network.Activity.Queries;

/// <summary>Loans of the shared pool: about partners, not residents, so never suppressed.</summary>
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
