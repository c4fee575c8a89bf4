using System.Text;
using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.Gateway;

public sealed class FormUrlEncodingTests
{
    [Fact]
    public void Every_byte_value_is_encoded_as_form_encoding_specifies()
    {
        for (var b = 0; b < 256; b++)
        {
            var expected = char.IsAsciiLetterOrDigit((char)b) || b is '-' or '.' or '_' or '~' ? ((char)b).ToString()
                : b == ' ' ? "+"
                : $"%{b:X2}";
            Assert.Equal(expected, Encode([(byte)b]));
        }
    }

    [Fact]
    public void Mixed_text_round_trips_through_a_form_decoder()
    {
        var text = "{\"approveNotes\":\"包装破损 & 缺配件 = 拒绝? 100% + 运费~_.-\",\"buId\":\"10001234\"}";
        var encoded = Encode(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, Uri.UnescapeDataString(encoded.Replace('+', ' ')));
        Assert.DoesNotContain(' ', encoded);
    }

    [Fact]
    public void Writes_nothing_past_the_worst_case_length()
    {
        var value = Encoding.UTF8.GetBytes("张三 a");
        var destination = new byte[FormUrlEncoding.GetMaxEncodedLength(value.Length) + 8];
        Array.Fill(destination, (byte)'#');
        var written = FormUrlEncoding.Encode(value, destination.AsSpan(0, FormUrlEncoding.GetMaxEncodedLength(value.Length)));
        Assert.Equal("%E5%BC%A0%E4%B8%89+a", Encoding.ASCII.GetString(destination, 0, written));
        Assert.All(destination[FormUrlEncoding.GetMaxEncodedLength(value.Length)..], b => Assert.Equal((byte)'#', b));
    }

    [Fact]
    public void Refuses_a_destination_shorter_than_the_worst_case()
    {
        var value = "ab"u8.ToArray();
        Assert.Throws<ArgumentException>(() => FormUrlEncoding.Encode(value, new byte[FormUrlEncoding.GetMaxEncodedLength(value.Length) - 1]));
    }

    private static string Encode(byte[] value)
    {
        var destination = new byte[FormUrlEncoding.GetMaxEncodedLength(value.Length)];
        var written = FormUrlEncoding.Encode(value, destination);
        return Encoding.ASCII.GetString(destination, 0, written);
    }
}
