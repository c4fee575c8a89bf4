using System.Buffers.Text;
using System.Globalization;
using System.Text;
using JdAfterSales.Serialization;

namespace JdAfterSales.Tests.Serialization;

/// <summary>The fast reading of plain money text gives what <see cref="Utf8Parser"/> gives: the same value and the same scale.</summary>
public sealed class PlainDecimalTests
{
    [Theory]
    [InlineData("299.00", "299.00")]
    [InlineData("89.9", "89.9")]
    [InlineData("0", "0")]
    [InlineData("0.10", "0.10")]
    [InlineData("-5", "-5")]
    [InlineData("-0.01", "-0.01")]
    [InlineData("007", "7")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("12345678.9012345678", "12345678.9012345678")]
    public void Plain_money_reads_to_the_same_value_and_scale(string text, string expected)
    {
        Assert.True(JdNumberReading.TryReadPlainDecimal(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, JdNumberReading.ReadDecimal(Encoding.ASCII.GetBytes(text)).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("+5")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("1e3")]
    [InlineData("1E-2")]
    [InlineData("1234567890123456789")]
    [InlineData("12 3")]
    [InlineData("--1")]
    public void Anything_else_is_left_to_the_general_parser(string text) =>
        Assert.False(JdNumberReading.TryReadPlainDecimal(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Random_texts_read_as_Utf8Parser_reads_them_whenever_the_fast_path_takes_them()
    {
        var random = new Random(20261206);
        const string Alphabet = "0123456789000.-";
        var taken = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var text = new char[random.Next(1, 22)];
            for (var c = 0; c < text.Length; c++)
            {
                text[c] = Alphabet[random.Next(Alphabet.Length)];
            }

            var utf8 = Encoding.ASCII.GetBytes(text);
            if (!JdNumberReading.TryReadPlainDecimal(utf8, out var fast))
            {
                continue;
            }

            taken++;
            Assert.True(Utf8Parser.TryParse(utf8, out decimal general, out var consumed) && consumed == utf8.Length, new string(text));
            Assert.Equal(general.ToString(CultureInfo.InvariantCulture), fast.ToString(CultureInfo.InvariantCulture));
        }

        Assert.True(taken > 10_000, $"only {taken} texts took the fast path");
    }
}
