using JdAfterSales.AfterSales;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Serialization;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Serialization;

/// <summary>Times with and without a Beijing wall clock, and time filters that have none refused before sending.</summary>
public sealed class ChinaTimeRangeTests
{
    private static readonly DateTimeOffset LastBeijingTick = new(DateTime.MaxValue, TimeSpan.FromHours(8));

    public static TheoryData<string, Func<JdClient, Task>> OpenEndedFilters() => new()
    {
        { "applyTimeEnd", c => c.AfterSales.ListServicesAsync(new ListServicesRequest { ApplyTimeEnd = DateTimeOffset.MaxValue }) },
        { "updateTimeEnd", c => c.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest { UpdateTimeBegin = DateTimeOffset.UnixEpoch, UpdateTimeEnd = DateTimeOffset.MaxValue }) },
        { "applyTimeEnd", c => c.Refunds.ListAsync(new ListRefundsRequest { ApplyTimeEnd = DateTimeOffset.MaxValue }) },
        { "end_date", c => c.Orders.SearchAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = DateTimeOffset.UnixEpoch, EndDate = DateTimeOffset.MaxValue }) },
        { "endTime", c => c.Reviews.ListCommentsAsync(new ListCommentsRequest { EndTime = DateTimeOffset.MaxValue }) },
    };

    [Theory]
    [MemberData(nameof(OpenEndedFilters))]
    public async Task DateTimeOffset_MaxValue_as_a_time_filter_is_a_validation_error_naming_the_field(string field, Func<JdClient, Task> call)
    {
        Assert.False(JdChinaTime.IsInRange(DateTimeOffset.MaxValue));
        var handler = StubHandler.Json("{}");
        var options = TestClients.Options();
        options.VenderId = "10001234";
        options.OperatorPin = "kefu01";
        options.OperatorNick = "客服";

        var error = await Assert.ThrowsAsync<JdValidationException>(() => call(TestClients.Create(handler, options)));

        Assert.Equal(field, error.Field);
        Assert.Contains("9998", error.Rule, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void The_last_instant_with_a_beijing_wall_clock_formats()
    {
        Assert.True(JdChinaTime.IsInRange(LastBeijingTick));
        Assert.Equal("9999-12-31 23:59:59", JdChinaTime.Format(LastBeijingTick));

        Assert.False(JdChinaTime.IsInRange(new DateTimeOffset(LastBeijingTick.UtcDateTime.AddTicks(1), TimeSpan.Zero)));
    }

    [Fact]
    public void Every_instant_from_the_earliest_has_a_beijing_wall_clock()
    {
        Assert.True(JdChinaTime.IsInRange(DateTimeOffset.MinValue));
        Assert.Equal("0001-01-01 08:00:00", JdChinaTime.Format(DateTimeOffset.MinValue));
        Assert.Equal("2024-05-20 13:45:30", JdChinaTime.Format(new DateTimeOffset(2024, 5, 20, 5, 45, 30, TimeSpan.Zero)));
    }
}
