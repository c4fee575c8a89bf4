using System.Text.Json;
using JdAfterSales.Serialization;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Serialization;

/// <summary>
/// Values no real JD answer carries, through the library's converters: each is a <see cref="JsonException"/> (so the
/// envelope reader reports a contract error), never another exception type, and no message quotes the value.
/// </summary>
public sealed class HostileValueTests
{
    private const string Reflected = "S3cretS3cretS3cretS3cret00000077";

    private static ShapesModel Read(string json) => JsonSerializer.Deserialize(json, TestJsonContext.Default.ShapesModel)!;

    [Theory]
    [InlineData("253402300800000")]
    [InlineData("\"253402300800000\"")]
    [InlineData("253402271999999999")]
    [InlineData("-62135596800001")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    public void Far_epoch_dates_are_json_errors_even_where_the_time_is_optional(string value) =>
        Assert.Throws<JsonException>(() => Read($$"""{"time":{{value}}}"""));

    [Theory]
    [InlineData("\"9999-12-31T23:59:59Z\"")]
    [InlineData("\"9999-12-31T20:00:00+02:00\"")]
    public void An_instant_with_an_offset_past_the_last_beijing_wall_clock_is_a_json_error(string value) =>
        Assert.Throws<JsonException>(() => Read($$"""{"time":{{value}}}"""));

    [Fact]
    public void The_last_representable_epoch_millisecond_still_reads_as_beijing_time()
    {
        var last = new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(8));
        Assert.Equal(last, Read($$"""{"time":{{last.ToUnixTimeMilliseconds()}}}""").Time);
        Assert.Equal(DateTimeOffset.MinValue.ToOffset(TimeSpan.FromHours(8)), Read("""{"time":-62135596800000}""").Time);
    }

    [Fact]
    public void A_far_date_where_the_time_is_required_is_a_json_error()
    {
        var converter = new JdNonNullableDateTimeOffsetConverter();
        var reader = new Utf8JsonReader("253402300800000"u8);
        reader.Read();
        try
        {
            converter.Read(ref reader, typeof(DateTimeOffset), JsonSerializerOptions.Default);
            Assert.Fail("a far date was read");
        }
        catch (JsonException)
        {
        }
    }

    [Theory]
    [InlineData($$"""{"time":"{{Reflected}}"}""")]
    [InlineData($$"""{"flag":"{{Reflected}}"}""")]
    [InlineData($$"""{"id":"{{Reflected}}"}""")]
    [InlineData($$"""{"count":"{{Reflected}}"}""")]
    [InlineData($$"""{"money":"{{Reflected}}"}""")]
    [InlineData("""{"id":"99999999999999999999999999"}""")]
    [InlineData("""{"count":"99999999999"}""")]
    public void Converter_errors_say_what_was_expected_and_never_quote_the_value(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read(json));

        Assert.StartsWith("Expected", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Reflected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("9999999999", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
    }
}
