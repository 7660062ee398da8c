using Network.Equipment.Domain;

namespace Network.Equipment.Tests.Domain;

public sealed class LoanWindowTests
{
    private static readonly DateTimeOffset Noon = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 2, 2, 4, 0, false)] // back to back, no buffer
    [InlineData(0, 2, 1, 3, 0, true)]
    [InlineData(0, 2, 3, 4, 1, false)] // exactly the buffer between them
    [InlineData(0, 2, 3, 4, 2, true)]
    [InlineData(5, 6, 0, 2, 3, false)]
    [InlineData(5, 6, 0, 3, 3, true)] // the buffer works both ways
    [InlineData(0, 10, 3, 4, 0, true)] // one inside the other
    public void Two_windows_collide_when_they_overlap_once_widened_by_the_buffer(
        int fromA,
        int toA,
        int fromB,
        int toB,
        int bufferHours,
        bool collide
    )
    {
        var a = new LoanWindow(Noon.AddHours(fromA), Noon.AddHours(toA));
        var b = new LoanWindow(Noon.AddHours(fromB), Noon.AddHours(toB));

        Assert.Equal(collide, a.Collides(b, TimeSpan.FromHours(bufferHours)));
        Assert.Equal(collide, b.Collides(a, TimeSpan.FromHours(bufferHours)));
    }
}
