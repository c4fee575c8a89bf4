using System.Text.Json;
using JdAfterSales.Serialization;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Serialization;

/// <summary>Every shape DESIGN.md §4 says JD sends, through the library's converters.</summary>
public sealed class TolerantConverterTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static ShapesModel Read(string json) => JsonSerializer.Deserialize(json, TestJsonContext.Default.ShapesModel)!;

    [Theory]
    [InlineData("1716183930000")]
    [InlineData("\"1716183930000\"")]
    [InlineData("\"2024-05-20 13:45:30\"")]
    [InlineData("\"2024/05/20 13:45:30\"")]
    [InlineData("\"2024-05-20 13:45:30.000\"")]
    [InlineData("\"2024-05-20T05:45:30Z\"")]
    [InlineData("\"2024-05-20T13:45:30+08:00\"")]
    public void Times_in_every_shape_read_as_the_same_beijing_instant(string value)
    {
        var model = Read($$"""{"time":{{value}}}""");
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 13, 45, 30, Beijing), model.Time);
        Assert.Equal(Beijing, model.Time!.Value.Offset);
    }

    [Theory]
    [InlineData("2024-02-29 23:59:59", 2024, 2, 29, 23, 59, 59)]
    [InlineData("2023/12/31 00:00:00", 2023, 12, 31, 0, 0, 0)]
    [InlineData("9999-12-31 23:59:59", 9999, 12, 31, 23, 59, 59)]
    public void Wall_clock_times_read_straight_from_the_bytes_as_beijing_time(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, Beijing), Read($$"""{"time":"{{text}}"}""").Time);
        Assert.True(JdDateTimeOffsetConverter.TryParseWallClockSeconds(System.Text.Encoding.UTF8.GetBytes(text), out var direct));
        Assert.Equal(JdDateTimeOffsetConverter.Parse(text), direct);
    }

    [Theory]
    [InlineData("2023-02-29 10:00:00")]
    [InlineData("2024-13-01 10:00:00")]
    [InlineData("2024-05-20 24:00:00")]
    [InlineData("2024-05-20 13:60:00")]
    [InlineData("2024-05-2x 13:45:30")]
    [InlineData("2024-05/20 13:45:30")]
    [InlineData("2024-05-20T13:45:3")]
    [InlineData("0001-01-01 07:59:59")]
    public void Impossible_or_malformed_wall_clock_times_are_json_errors(string text) =>
        Assert.Throws<JsonException>(() => Read($$"""{"time":"{{text}}"}"""));

    [Fact]
    public void An_escaped_wall_clock_time_reads_like_the_plain_one() =>
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 13, 45, 30, Beijing), Read("""{"time":"2024-05-20 13:45:30"}""").Time);

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("\"  \"")]
    public void Empty_times_read_as_null(string value) => Assert.Null(Read($$"""{"time":{{value}}}""").Time);

    [Fact]
    public void A_time_in_an_unknown_format_is_a_json_error() =>
        Assert.Throws<JsonException>(() => Read("""{"time":"20th of May"}"""));

    [Theory]
    [InlineData("9007199254740993")]
    [InlineData("\"9007199254740993\"")]
    public void Ids_above_2_pow_53_keep_every_digit(string value) => Assert.Equal(9007199254740993L, Read($$"""{"id":{{value}}}""").Id);

    [Theory]
    [InlineData("\"299.00\"", "299.00")]
    [InlineData("299.0", "299.0")]
    [InlineData("89.9", "89.9")]
    [InlineData("\"0.10\"", "0.10")]
    [InlineData("1E-2", "0.01")]
    public void Money_reads_from_numbers_and_strings_as_exact_decimals(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read($$"""{"money":{{value}}}""").Money);

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Empty_optional_numbers_read_as_null(string value)
    {
        var model = Read($$"""{"optionalId":{{value}},"optionalMoney":{{value}}}""");
        Assert.Null(model.OptionalId);
        Assert.Null(model.OptionalMoney);
    }

    [Fact]
    public void Numbers_as_strings_read_for_ints()
    {
        Assert.Equal(10001, Read("""{"count":"10001"}""").Count);
        Assert.Equal(123, Read("""{"id":"123.0"}""").Id);
    }

    [Theory]
    [InlineData("""{"id":"12a"}""")]
    [InlineData("""{"id":1.5}""")]
    [InlineData("""{"count":99999999999}""")]
    [InlineData("""{"id":""}""")]
    [InlineData("""{"money":"abc"}""")]
    public void Malformed_numbers_are_json_errors(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"false\"", false)]
    [InlineData("1", true)]
    [InlineData("\"0\"", false)]
    public void Flags_read_from_every_shape(string value, bool expected) => Assert.Equal(expected, Read($$"""{"flag":{{value}}}""").Flag);

    [Theory]
    [InlineData("\"300000000001\"", "300000000001")]
    [InlineData("300000000001", "300000000001")]
    [InlineData("9007199254740993", "9007199254740993")]
    public void Text_fields_keep_numbers_verbatim(string value, string expected) => Assert.Equal(expected, Read($$"""{"text":{{value}}}""").Text);

    [Fact]
    public void Empty_string_where_an_object_is_expected_reads_as_null() => Assert.Null(Read("""{"child":""}""").Child);

    [Fact]
    public void An_object_reads_as_the_child() => Assert.Equal("a", Read("""{"child":{"name":"a"}}""").Child!.Name);

    [Fact]
    public void One_object_where_an_array_is_expected_reads_as_a_one_item_list() =>
        Assert.Equal("only", Assert.Single(Read("""{"children":{"name":"only"}}""").Children).Name);

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Empty_lists_in_every_shape_read_as_empty(string value) => Assert.Empty(Read($$"""{"children":{{value}}}""").Children);

    [Fact]
    public void Arrays_read_in_order() =>
        Assert.Equal(["a", "b"], Read("""{"children":[{"name":"a"},{"name":"b"}]}""").Children.Select(c => c.Name));

    [Fact]
    public void Nested_objects_and_lists_read_the_same_from_a_stream_in_small_chunks()
    {
        var children = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"name":"child {{i}} 子项"}"""));
        var json = $$"""{"child":{"name":"solo"},"children":[{{children}}],"id":7}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var options = new JsonSerializerOptions(TestJsonContext.Default.Options) { DefaultBufferSize = 16 };
        var model = JsonSerializer.Deserialize(stream, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ShapesModel>)options.GetTypeInfo(typeof(ShapesModel)))!;
        Assert.Equal("solo", model.Child!.Name);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"child {i} 子项"), model.Children.Select(c => c.Name));
        Assert.Equal(7, model.Id);
    }

    [Fact]
    public void A_malformed_list_item_is_a_json_error() =>
        Assert.Throws<JsonException>(() => Read("""{"children":[{"name":"a"},{"name":}]}"""));

    [Fact]
    public void Unknown_fields_are_ignored() => Assert.Equal(1, Read("""{"id":1,"brandNew":{"x":[1,2]},"other":"y"}""").Id);

    [Fact]
    public void Times_are_written_as_beijing_wall_clock()
    {
        var json = JsonSerializer.Serialize(new ShapesModel { Time = new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.Zero) }, TestJsonContext.Default.ShapesModel);
        Assert.Contains("\"time\":\"2025-01-01 00:00:00\"", json, StringComparison.Ordinal);
    }
}
