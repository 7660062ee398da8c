using Network.Activity.Queries;

namespace Network.Activity.Tests;

/// <summary>
/// The one suppression rule, on random tables: whatever a known total minus the published cells of its group leaves is
/// never a single suppressed cell, nor a number of residents between 1 and 4.
/// </summary>
public sealed class SuppressionRuleTests
{
    [Fact]
    public void A_single_small_cell_or_small_cells_adding_up_to_less_than_5_take_the_next_smallest_with_them()
    {
        Assert.Equal([true, true, false, false], Suppression.Withhold([3, 6, 7, 9]));
        Assert.Equal([true, true, true, false], Suppression.Withhold([2, 2, 5, 5]));
        Assert.Equal([true, true, false, false], Suppression.Withhold([2, 3, 5, 5]));
    }

    [Fact]
    public void Zeros_and_groups_with_nothing_small_stay_as_they_are()
    {
        Assert.Equal([true, true, false], Suppression.Withhold([0, 0, 8]));
        Assert.Equal([false, false, false], Suppression.Withhold([5, 6, 7]));
        Assert.Equal([true, false, true, false], Suppression.Withhold([3, 6, 2, 7]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_suppressed_cell_of_a_random_list_is_its_total_minus_the_published_cells(int seed)
    {
        var random = new Random(seed);
        for (var table = 0; table < 2_000; table++)
        {
            var cells = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Cell(random)).ToList();
            var group = Enumerable.Range(0, cells.Count).ToList();
            AssertProtected(cells, Suppression.Withhold(cells), [group]);
        }
    }

    /// <summary>A matrix like the referral flows: its total, each row's and each column's are known.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_suppressed_cell_of_a_random_matrix_is_a_total_of_its_row_column_or_whole_minus_the_published_cells(
        int seed
    )
    {
        var random = new Random(seed);
        for (var table = 0; table < 1_000; table++)
        {
            var (rows, columns) = (random.Next(1, 6), random.Next(1, 6));
            var cells = Enumerable.Range(0, rows * columns).Select(_ => Cell(random)).ToList();
            var all = Enumerable.Range(0, cells.Count).ToList();
            List<IReadOnlyList<int>> groups =
            [
                all,
                .. all.GroupBy(i => i / columns).Select(row => row.ToList()),
                .. all.GroupBy(i => i % columns).Select(column => column.ToList()),
            ];
            AssertProtected(cells, Suppression.Withhold(cells, groups), groups);
        }
    }

    /// <summary>Mostly small counts, some zeros, a few large ones: the tables suppression is about.</summary>
    private static int Cell(Random random) =>
        random.Next(4) switch
        {
            0 => 0,
            1 or 2 => random.Next(1, 5),
            _ => random.Next(5, 40),
        };

    private static void AssertProtected(List<int> cells, bool[] withheld, IEnumerable<IReadOnlyList<int>> groups)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            Assert.True(
                withheld[i] || cells[i] >= Suppression.Threshold,
                $"{cells[i]} is shown in [{string.Join(", ", cells)}]"
            );
        }

        foreach (var group in groups)
        {
            var remainder = group.Sum(i => cells[i]) - group.Where(i => !withheld[i]).Sum(i => cells[i]);
            var everythingHidden = group.All(i => withheld[i]);
            var table = $"[{string.Join(", ", group.Select(i => withheld[i] ? $"({cells[i]})" : $"{cells[i]}"))}]";
            Assert.True(
                everythingHidden || remainder == 0 || remainder >= Suppression.Threshold,
                $"{table} leaves {remainder}"
            );
            Assert.True(
                everythingHidden || remainder == 0 || group.Where(i => withheld[i]).All(i => cells[i] != remainder),
                $"{table} leaves {remainder}, a suppressed cell"
            );
        }
    }
}
