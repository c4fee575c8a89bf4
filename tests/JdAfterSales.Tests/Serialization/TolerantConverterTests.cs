using System.Text.Json;
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
    public void Unknown_fields_are_ignored() => Assert.Equal(1, Read("""{"id":1,"brandNew":{"x":[1,2]},"other":"y"}""").Id);

    [Fact]
    public void Times_are_written_as_beijing_wall_clock()
    {
        var json = JsonSerializer.Serialize(new ShapesModel { Time = new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.Zero) }, TestJsonContext.Default.ShapesModel);
        Assert.Contains("\"time\":\"2025-01-01 00:00:00\"", json, StringComparison.Ordinal);
    }
}
