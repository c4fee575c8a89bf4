using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.Gateway;

public sealed class PagingTests
{
    [Fact]
    public async Task Walks_every_page_once_and_stops_after_the_last()
    {
        var fetched = new List<int>();
        Task<JdPage<int>> Fetch(int page, CancellationToken _)
        {
            fetched.Add(page);
            var items = Enumerable.Range(((page - 1) * 10) + 1, 10).Where(i => i <= 25).ToArray();
            return Task.FromResult(new JdPage<int>(items, page, 10, 25));
        }

        var all = await JdPaging.WalkAsync(Fetch, i => i).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 25), all);
        Assert.Equal([1, 2, 3], fetched);
    }

    [Fact]
    public async Task Items_that_shift_between_pages_are_yielded_once()
    {
        // Page 2 repeats the last item of page 1, as happens when a new record lands while walking.
        var pages = new[] { new[] { 1, 2, 3 }, new[] { 3, 4, 5 }, new[] { 6 } };
        var all = await JdPaging.WalkAsync((p, _) => Task.FromResult(new JdPage<int>(pages[p - 1], p, 3, 7)), i => i).ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5, 6], all);
    }

    [Fact]
    public async Task Stops_at_the_last_page_jd_serves()
    {
        var fetched = 0;
        var all = await JdPaging.WalkAsync(
            (p, _) => { fetched++; return Task.FromResult(new JdPage<int>([p], p, 1, 1000)); },
            i => i,
            maxPageNumber: 100).ToListAsync();
        Assert.Equal(100, all.Count);
        Assert.Equal(100, fetched);
    }

    [Fact]
    public async Task An_empty_page_ends_the_walk_even_if_the_total_says_more() =>
        Assert.Empty(await JdPaging.WalkAsync((p, _) => Task.FromResult(new JdPage<int>([], p, 10, 50)), i => i).ToListAsync());
}
