using Network.Activity.Projection;
using Network.Activity.ReadModels;

namespace Network.Activity.Tests;

/// <summary>The rebuild's filter of rows created: never forgets a row, and seldom claims one it never saw.</summary>
public sealed class RowKeyFilterTests
{
    private const int Keys = 100_000;

    [Fact]
    public void Every_key_added_is_contained_and_few_others_seem_to_be()
    {
        var filter = new RowKeyFilter(Keys, bitsPerKey: 16);
        var added = Enumerable.Range(0, Keys).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var key in added)
        {
            filter.Add(typeof(EventActivity), key);
        }

        Assert.All(added, key => Assert.True(filter.MightContain(typeof(EventActivity), key)));
        var others = Enumerable
            .Range(0, Keys)
            .Select(_ => Guid.CreateVersion7())
            .Count(key => filter.MightContain(typeof(EventActivity), key));
        var otherTable = added.Count(key => filter.MightContain(typeof(LoanActivity), key));
        // About 70 of 100,000 expected; a filter that answered true for everything would claim all of them.
        Assert.InRange(others, 0, 500);
        Assert.InRange(otherTable, 0, 500);
    }
}
