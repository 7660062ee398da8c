using Network.ServiceDefaults.Http;

namespace Network.ServiceDefaults.Tests.Unit;

/// <summary>The shared paging rule: a page whose offset does not fit is refused, naming <c>page</c>, before any query
/// runs.</summary>
public sealed class PagingTests
{
    [Theory]
    [InlineData(int.MaxValue, null)]
    [InlineData(int.MaxValue, 2)]
    [InlineData(int.MaxValue / 100 + 2, 100)]
    [InlineData(int.MaxValue / 20 + 2, null)]
    public void A_page_whose_offset_overflows_is_refused_naming_page(int page, int? pageSize)
    {
        var (paging, errors) = Paging.From(page, pageSize);

        Assert.Null(paging);
        Assert.Equal(["page"], errors!.Keys);
    }

    [Theory]
    [InlineData(int.MaxValue / 100 + 1, 100)]
    [InlineData(int.MaxValue / 20 + 1, null)]
    [InlineData(int.MaxValue, 1)]
    public void The_last_page_that_fits_has_a_positive_offset(int page, int? pageSize)
    {
        var (paging, errors) = Paging.From(page, pageSize);

        Assert.Null(errors);
        Assert.InRange(paging!.Skip, 0, int.MaxValue);
    }
}
