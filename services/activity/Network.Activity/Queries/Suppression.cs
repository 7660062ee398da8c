namespace Network.Activity.Queries;

/// <summary>
/// Small-number suppression, the one rule of every answer. A figure about residents computed from fewer than
/// <see cref="Threshold"/> of them, for a single partner, commune, pair of partners or bucket of time, is withheld
/// (primary suppression). Then, in every group of such cells whose total is known to the reader (a network total, the
/// answer's own total, a row or a column of the same table), more cells are withheld, the smallest first, until what
/// the total minus the published cells leaves is either 0 or at least <see cref="Threshold"/> shared by at least two
/// withheld cells that are not 0 (complementary suppression). So no withheld figure equals a total minus the published
/// figures of its group, and no such difference is a number of residents between 1 and 4, unless every cell of the
/// group is withheld because its total itself is that small. Network totals are never suppressed.
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;

    /// <summary>
    /// Which of <paramref name="cells"/> are withheld, given the <paramref name="groups"/> (indices into the cells)
    /// whose totals are known. Ties between equal cells go to the lowest index: callers list cells in a stable order of
    /// their keys.
    /// </summary>
    public static bool[] Withhold(IReadOnlyList<int> cells, IEnumerable<IReadOnlyList<int>> groups)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(groups);
        var withheld = cells.Select(cell => cell < Threshold).ToArray();
        var known = groups.Where(group => group.Count > 1).ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var group in known.Where(group => !Protects(group, cells, withheld)))
            {
                var published = group.Where(i => !withheld[i]).ToList();
                if (published.Count > 0)
                {
                    withheld[published.MinBy(i => (cells[i], i))] = true;
                    changed = true;
                }
            }
        } while (changed);

        return withheld;
    }

    /// <summary>Which of <paramref name="cells"/> are withheld when their sum is known: one group of them
    /// all.</summary>
    public static bool[] Withhold(IReadOnlyList<int> cells) =>
        Withhold(cells, [Enumerable.Range(0, cells.Count).ToList()]);

    /// <summary>Whether what <paramref name="group"/>'s total minus its published cells leaves says nothing of a
    /// withheld one.</summary>
    private static bool Protects(IEnumerable<int> group, IReadOnlyList<int> cells, bool[] withheld)
    {
        var hidden = group.Where(i => withheld[i]).Select(i => cells[i]).ToList();
        var remainder = hidden.Sum();
        return remainder == 0 || (remainder >= Threshold && hidden.Count(cell => cell > 0) >= 2);
    }
}
