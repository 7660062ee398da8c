namespace Network.Portal.Formatting;

/// <summary>One bar: its place in the SVG's units, and whether its value is withheld (then it has no height and the
/// chart marks it instead).</summary>
public sealed record ChartBar(int Index, double X, double Y, double Width, double Height, bool Withheld, bool Labelled)
{
    public double Centre => X + Width / 2;
}

/// <summary>A graduation of the vertical axis: its value and its height.</summary>
public sealed record ChartTick(int Value, double Y);

/// <summary>
/// Where a bar chart of counts draws its bars, its graduations and its labels, in the SVG's own units (a viewBox of
/// <see cref="Width"/> × <see cref="Height"/>): the axis goes from 0 to a round number at or above the highest shown
/// value, graduated in steps of 1, 2 or 5 times a power of ten; at most <see cref="MostLabels"/> bars are labelled.
/// </summary>
public sealed record BarChartGeometry(
    double Width,
    double Height,
    double PlotLeft,
    double PlotTop,
    double PlotRight,
    double PlotBottom,
    int Top,
    IReadOnlyList<ChartTick> Ticks,
    IReadOnlyList<ChartBar> Bars
)
{
    public const double DefaultWidth = 640;
    public const double DefaultHeight = 320;
    public const int MostLabels = 12;

    private const double MarginLeft = 64;
    private const double MarginRight = 16;
    private const double MarginTop = 16;
    private const double MarginBottom = 56;

    /// <summary>The share of each bar's slot left empty between bars.</summary>
    private const double Gap = 0.25;

    /// <summary>The graduations wanted, about: the step is the round number nearest above the highest value over
    /// this.</summary>
    private const int AboutTicks = 4;

    /// <param name="values">One value per bucket, null where withheld.</param>
    public static BarChartGeometry Of(
        IReadOnlyList<int?> values,
        double width = DefaultWidth,
        double height = DefaultHeight
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var (left, top, right, bottom) = (MarginLeft, MarginTop, width - MarginRight, height - MarginBottom);
        var highest = values.Select(value => value ?? 0).DefaultIfEmpty(0).Max();
        var step = Step(highest);
        var axisTop = Math.Max(step, (highest + step - 1) / step * step);
        var scale = (bottom - top) / axisTop;
        var ticks = Enumerable
            .Range(0, axisTop / step + 1)
            .Select(i => new ChartTick(i * step, bottom - i * step * scale))
            .ToList();
        var slot = values.Count == 0 ? 0 : (right - left) / values.Count;
        var every = (values.Count + MostLabels - 1) / MostLabels;
        var bars = values
            .Select(
                (value, i) =>
                {
                    var barHeight = (value ?? 0) * scale;
                    return new ChartBar(
                        i,
                        left + slot * i + slot * Gap / 2,
                        bottom - barHeight,
                        slot * (1 - Gap),
                        barHeight,
                        value is null,
                        i % every == 0
                    );
                }
            )
            .ToList();
        return new BarChartGeometry(width, height, left, top, right, bottom, axisTop, ticks, bars);
    }

    /// <summary>The step between graduations: 1, 2 or 5 times a power of ten, at least 1 (counts are whole).</summary>
    public static int Step(int highest)
    {
        if (highest <= AboutTicks)
        {
            return 1;
        }

        var rough = (double)highest / AboutTicks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var factor = (rough / power) switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            _ => 10,
        };
        return (int)Math.Round(factor * power);
    }
}
