using JdAfterSales.Serialization;

namespace JdAfterSales.Tests.Serialization;

/// <summary>The range check the request layer runs before formatting a time filter as Beijing wall-clock time.</summary>
public sealed class ChinaTimeRangeTests
{
    private static readonly DateTimeOffset LastBeijingTick = new(DateTime.MaxValue, TimeSpan.FromHours(8));

    [Fact]
    public void DateTimeOffset_MaxValue_as_a_time_filter_is_a_validation_error_naming_the_field()
    {
        Assert.False(JdChinaTime.IsInRange(DateTimeOffset.MaxValue));
        Assert.False(JdChinaTime.TryFormat(DateTimeOffset.MaxValue, out var text));
        Assert.Null(text);

        var error = Assert.Throws<JdValidationException>(() => JdChinaTime.EnsureInRange(DateTimeOffset.MaxValue, "applyTimeEnd"));

        Assert.Equal("applyTimeEnd", error.Field);
        Assert.Contains("9999-12-31 23:59:59", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_instant_with_a_beijing_wall_clock_formats()
    {
        Assert.True(JdChinaTime.IsInRange(LastBeijingTick));
        Assert.True(JdChinaTime.TryFormat(LastBeijingTick, out var text));
        Assert.Equal("9999-12-31 23:59:59", text);
        JdChinaTime.EnsureInRange(LastBeijingTick, "end");

        Assert.False(JdChinaTime.IsInRange(new DateTimeOffset(LastBeijingTick.UtcDateTime.AddTicks(1), TimeSpan.Zero)));
    }

    [Fact]
    public void Every_instant_from_the_earliest_has_a_beijing_wall_clock()
    {
        Assert.True(JdChinaTime.TryFormat(DateTimeOffset.MinValue, out var text));
        Assert.Equal("0001-01-01 08:00:00", text);
        Assert.True(JdChinaTime.TryFormat(new DateTimeOffset(2024, 5, 20, 5, 45, 30, TimeSpan.Zero), out text));
        Assert.Equal("2024-05-20 13:45:30", text);
    }
}
