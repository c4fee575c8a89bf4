using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// Typed access to the decoded <c>360buy_param_json</c>. Missing required values throw code 60, unacceptable values code
/// 61, both naming the parameter as JD does. Numbers are accepted as JSON numbers or numeric strings (integrators send
/// both); empty strings and <c>null</c> count as absent.
/// </summary>
internal sealed class BusinessParameters(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public bool Has(string name) => Get(name) is not null;

    public string? String(string name)
    {
        var value = Get(name);
        return value?.ValueKind switch
        {
            null => null,
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.Value.GetRawText(),
            _ => throw GatewayErrorException.Invalid(name, "must be a string"),
        };
    }

    /// <summary>Every one of these parameters is sent (code 60 naming the first one missing).</summary>
    public void RequireAll(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _ = Has(name) ? 0 : throw GatewayErrorException.Missing(name);
        }
    }

    public string RequireString(string name) => String(name) ?? throw GatewayErrorException.Missing(name);

    public long? Long(string name, long min = 0, long max = long.MaxValue)
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        long number;
        if (value.Value.ValueKind == JsonValueKind.Number)
        {
            if (!value.Value.TryGetInt64(out number))
            {
                throw GatewayErrorException.Invalid(name, "must be an integer");
            }
        }
        else if (value.Value.ValueKind != JsonValueKind.String
            || !long.TryParse(value.Value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            throw GatewayErrorException.Invalid(name, "must be an integer");
        }

        if (number < min || number > max)
        {
            throw GatewayErrorException.Invalid(name, RangeRule(min, max));
        }

        return number;
    }

    public long RequireLong(string name, long min = 0, long max = long.MaxValue) =>
        Long(name, min, max) ?? throw GatewayErrorException.Missing(name);

    public int? Int(string name, int min = 0, int max = int.MaxValue) => (int?)Long(name, min, max);

    public int RequireInt(string name, int min = 0, int max = int.MaxValue) =>
        Int(name, min, max) ?? throw GatewayErrorException.Missing(name);

    public bool? Bool(string name)
    {
        var value = Get(name);
        return value?.ValueKind switch
        {
            null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.Value.GetString(), out var flag) => flag,
            _ => throw GatewayErrorException.Invalid(name, "must be true or false"),
        };
    }

    /// <summary>A <c>yyyy-MM-dd HH:mm:ss</c> date in Beijing time.</summary>
    public DateTimeOffset? Date(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return BeijingTime.TryParse(text, out var time)
            ? time
            : throw GatewayErrorException.Invalid(name, "must be a date in the form yyyy-MM-dd HH:mm:ss");
    }

    /// <summary>A page number or size with a default and an inclusive range.</summary>
    public int Page(string name, int defaultValue, int min, int max) => Int(name, min, max) ?? defaultValue;

    /// <summary>A list of ids, as a JSON array or a comma-separated string.</summary>
    public List<long>? LongList(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return null;
        }

        var items = new List<long>();
        if (value.Value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.Value.EnumerateArray())
            {
                items.Add(ParseId(name, item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText()));
            }
        }
        else
        {
            foreach (var part in (String(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                items.Add(ParseId(name, part));
            }
        }

        return items;
    }

    /// <summary>A list of strings, as a JSON array or a comma-separated string.</summary>
    public List<string>? StringList(string name) =>
        Get(name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : item.GetRawText()).ToList()
            : String(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static long ParseId(string name, string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw GatewayErrorException.Invalid(name, "must be a list of non-negative integers");

    private static string RangeRule(long min, long max) => max == long.MaxValue || max == int.MaxValue
        ? (min == 0 ? "must not be negative" : $"must be at least {min}")
        : $"must be between {min} and {max}";

    private JsonElement? Get(string name)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
        {
            return null;
        }

        return value;
    }
}
