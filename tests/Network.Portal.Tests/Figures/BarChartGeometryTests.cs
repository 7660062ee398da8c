using Network.Portal.Formatting;

namespace Network.Portal.Tests.Figures;

/// <summary>The bar chart's geometry, without a browser: its scale, its graduations, and the series with nothing to
/// draw.</summary>
public sealed class BarChartGeometryTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(7, 2)]
    [InlineData(18, 5)]
    [InlineData(100, 50)]
    [InlineData(1234, 500)]
    public void Graduations_go_by_1_2_or_5_times_a_power_of_ten(int highest, int step)
    {
        Assert.Equal(step, BarChartGeometry.Step(highest));
    }

    [Fact]
    public void The_axis_ends_at_the_first_graduation_at_or_above_the_highest_value_and_the_bars_follow_its_scale()
    {
        var chart = BarChartGeometry.Of([7, 0, 4, 8]);

        Assert.Equal(8, chart.Top);
        Assert.Equal([0, 2, 4, 6, 8], chart.Ticks.Select(tick => tick.Value));
        Assert.Equal(chart.PlotBottom, chart.Ticks[0].Y);
        Assert.Equal(chart.PlotTop, chart.Ticks[^1].Y);
        var plot = chart.PlotBottom - chart.PlotTop;
        Assert.Equal(plot * 7 / 8, chart.Bars[0].Height, 6);
        Assert.Equal(0, chart.Bars[1].Height);
        Assert.Equal(chart.PlotTop, chart.Bars[3].Y, 6);
        Assert.All(chart.Bars, bar => Assert.Equal(chart.PlotBottom, bar.Y + bar.Height, 6));
    }

    [Fact]
    public void The_bars_share_the_plot_s_width_in_order_without_overlapping()
    {
        var chart = BarChartGeometry.Of([1, 2, 3, 4, 5]);

        Assert.True(chart.Bars[0].X > chart.PlotLeft);
        Assert.True(chart.Bars[^1].X + chart.Bars[^1].Width < chart.PlotRight);
        Assert.All(chart.Bars.Zip(chart.Bars.Skip(1)), pair =>
            Assert.True(pair.First.X + pair.First.Width < pair.Second.X)
        );
    }

    [Fact]
    public void At_most_twelve_bars_are_labelled_the_first_always()
    {
        var chart = BarChartGeometry.Of([.. Enumerable.Repeat<int?>(1, 60)]);

        var labelled = chart.Bars.Where(bar => bar.Labelled).ToList();
        Assert.InRange(labelled.Count, 1, BarChartGeometry.MostLabels);
        Assert.Equal(0, labelled[0].Index);
    }

    [Fact]
    public void An_empty_series_draws_an_axis_from_0_to_1_and_no_bar()
    {
        var chart = BarChartGeometry.Of([]);

        Assert.Empty(chart.Bars);
        Assert.Equal(1, chart.Top);
        Assert.Equal([0, 1], chart.Ticks.Select(tick => tick.Value));
    }

    [Fact]
    public void A_series_all_at_zero_keeps_an_axis_and_flat_bars()
    {
        var chart = BarChartGeometry.Of([0, 0, 0]);

        Assert.Equal(1, chart.Top);
        Assert.All(chart.Bars, bar => Assert.Equal(0, bar.Height));
        Assert.All(chart.Bars, bar => Assert.False(bar.Withheld));
    }

    [Fact]
    public void Withheld_values_have_no_height_and_do_not_set_the_scale()
    {
        var all = BarChartGeometry.Of([null, null]);
        var some = BarChartGeometry.Of([null, 3, null]);

        Assert.All(all.Bars, bar => Assert.True(bar.Withheld && bar.Height == 0));
        Assert.Equal(1, all.Top);
        Assert.Equal(3, some.Top);
        Assert.Equal([true, false, true], some.Bars.Select(bar => bar.Withheld));
        Assert.Equal(0, some.Bars[0].Height);
    }
}
