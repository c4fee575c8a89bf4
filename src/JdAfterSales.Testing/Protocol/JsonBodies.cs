using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>Writes JD's JSON bodies with <see cref="Utf8JsonWriter"/>: raw UTF-8 Chinese, compact, as JD sends them.</summary>
internal static class JsonBodies
{
    // JD sends Chinese as raw UTF-8; the relaxed encoder keeps it readable in test output. Only tests read these bodies.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The success key: the method with '.' replaced by '_' plus JD's misspelt <c>_responce</c>.</summary>
    public static string SuccessKey(string method) => method.Replace('.', '_') + "_responce";

    public static byte[] ErrorResponse(string code, string zhDesc, string enDesc) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error_response");
        w.WriteString("code", code);
        w.WriteString("zh_desc", zhDesc);
        w.WriteString("en_desc", enDesc);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] ErrorResponse(string code)
    {
        var (zh, en) = GatewayErrorCatalog.Describe(code);
        return ErrorResponse(code, zh, en);
    }

    public static byte[] Envelope(string method, Action<Utf8JsonWriter> writeInner) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject(SuccessKey(method));
        w.WriteString("code", "0");
        writeInner(w);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteNumber(name, value.ToUnixTimeMilliseconds());
        }
    }

    public static void WriteDateString(this Utf8JsonWriter writer, string name, DateTimeOffset? time) =>
        writer.WriteString(name, time is { } value ? BeijingTime.Format(value) : "");

    public static void WriteMoney(this Utf8JsonWriter writer, string name, decimal amount) =>
        writer.WriteString(name, amount.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));

    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
