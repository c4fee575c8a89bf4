using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.Gateway;

public sealed class PagingTests
{
    private const string Method = "jingdong.test.list";

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

        var all = await JdPaging.WalkAsync(Method, Fetch, i => i, default).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 25), all);
        Assert.Equal([1, 2, 3], fetched);
    }

    [Fact]
    public async Task Items_that_shift_between_pages_are_yielded_once()
    {
        // Page 2 repeats the last item of page 1, as happens when a new record lands while walking.
        var pages = new[] { new[] { 1, 2, 3 }, new[] { 3, 4, 5 }, new[] { 6 } };
        var all = await JdPaging.WalkAsync(Method, (p, _) => Task.FromResult(new JdPage<int>(pages[p - 1], p, 3, 7)), i => i, default).ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5, 6], all);
    }

    [Fact]
    public async Task Stops_at_the_last_page_jd_serves_and_says_the_list_went_on()
    {
        var fetched = 0;
        var outcome = new JdWalkOutcome();
        var all = await JdPaging.WalkAsync(
            Method,
            (p, _) => { fetched++; return Task.FromResult(new JdPage<int>([p], p, 1, 1000)); },
            i => i,
            new HashSet<int>(),
            outcome,
            100,
            default).ToListAsync();
        Assert.Equal(100, all.Count);
        Assert.Equal(100, fetched);
        Assert.True(outcome.Truncated);
    }

    [Fact]
    public async Task An_empty_page_ends_the_walk_even_if_the_total_says_more() =>
        Assert.Empty(await JdPaging.WalkAsync(Method, (p, _) => Task.FromResult(new JdPage<int>([], p, 10, 50)), i => i, default).ToListAsync());

    [Fact]
    public async Task Acting_on_a_shrinking_list_while_walking_leaves_nothing_behind()
    {
        // A status-filtered list of 89 pending items, 50 a page: approving an item takes it out of the list, so page 2
        // of the first pass starts after items that slid onto page 1.
        var pending = Enumerable.Range(1, 89).ToList();
        var requests = 0;
        Task<JdPage<int>> Fetch(int page, CancellationToken _)
        {
            requests++;
            var items = pending.Skip((page - 1) * 50).Take(50).ToArray();
            return Task.FromResult(new JdPage<int>(items, page, 50, pending.Count));
        }

        var approved = new List<int>();
        await foreach (var item in JdPaging.WalkAsync(Method, Fetch, i => i, default))
        {
            pending.Remove(item);
            approved.Add(item);
        }

        Assert.Empty(pending);
        Assert.Equal(Enumerable.Range(1, 89), approved.Order());
        Assert.Equal(89, approved.Distinct().Count());
        Assert.True(requests <= 6, $"{requests} requests");
    }

    [Fact]
    public async Task A_list_that_holds_still_is_read_in_one_pass()
    {
        var requests = 0;
        var all = await JdPaging.WalkAsync(
            Method,
            (p, _) => { requests++; return Task.FromResult(new JdPage<int>(Enumerable.Range(((p - 1) * 50) + 1, 50).Where(i => i <= 120).ToArray(), p, 50, 120)); },
            i => i,
            default).ToListAsync();

        Assert.Equal(120, all.Count);
        Assert.Equal(3, requests);
    }

    [Fact]
    public async Task A_repeated_page_with_a_huge_total_stops_with_a_contract_error()
    {
        var requests = 0;
        var error = await Assert.ThrowsAsync<JdContractException>(async () =>
        {
            await foreach (var _ in JdPaging.WalkAsync(Method, (p, _) => { requests++; return Task.FromResult(new JdPage<int>([1, 2, 3], p, 3, 1_000_000_000)); }, i => i, default))
            {
            }
        });

        Assert.Equal(2, requests);
        Assert.Equal(Method, error.Method);
        Assert.Contains("page 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_beyond_what_the_total_allows_stop_the_walk()
    {
        // Every page brings new items and JD's total keeps growing; it said 15 at the start, 5 a page: three pages and
        // the margin, then a contract error.
        var requests = 0;
        var error = await Assert.ThrowsAsync<JdContractException>(async () =>
        {
            await foreach (var _ in JdPaging.WalkAsync(
                Method,
                (p, _) => { requests++; return Task.FromResult(new JdPage<int>(Enumerable.Range(p * 100, 5).ToArray(), p, 5, 10 + (p * 5))); },
                i => i,
                default))
            {
            }
        });

        Assert.Equal(3 + JdPaging.PageMargin, requests);
        Assert.Contains("more than the total of 15", error.Message, StringComparison.Ordinal);
    }
}
