using System.Globalization;
using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The checks and writers shared by the after-sales requests: bad input is refused before sending.</summary>
internal static class RequestRules
{
    /// <summary>JD's largest page for ASC lists, <c>serviceAndRefund.view</c> and refund lists.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The last page JD serves for one refund-list filter.</summary>
    public const int MaxRefundPageIndex = 100;

    public static void RequireText(string? value, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JdValidationException(field, $"is required: {what}.");
        }
    }

    public static void RequireMaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new JdValidationException(field, $"must be at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters.");
        }
    }

    public static void RequirePositive(long value, string field)
    {
        if (value <= 0)
        {
            throw new JdValidationException(field, "must be a positive id.");
        }
    }

    public static void RequirePositive(long? value, string field)
    {
        if (value is { } id)
        {
            RequirePositive(id, field);
        }
    }

    public static void RequireNonNegative(int value, string field)
    {
        if (value < 0)
        {
            throw new JdValidationException(field, "must not be negative.");
        }
    }

    public static void RequirePage(int pageNumber, string pageNumberField, int maxPageNumber, int pageSize, string pageSizeField)
    {
        if (pageNumber < 1 || pageNumber > maxPageNumber)
        {
            throw new JdValidationException(
                pageNumberField,
                maxPageNumber == int.MaxValue
                    ? "must be 1 or more."
                    : $"must be between 1 and {maxPageNumber.ToString(CultureInfo.InvariantCulture)} (the last page JD serves).");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new JdValidationException(pageSizeField, $"must be between 1 and {MaxPageSize.ToString(CultureInfo.InvariantCulture)} (JD's largest page).");
        }
    }

    public static void RequireOrder(DateTimeOffset? begin, DateTimeOffset? end, string beginField, string endField)
    {
        if (begin is { } from && end is { } to && to < from)
        {
            throw new JdValidationException(endField, $"must not be before {beginField}.");
        }
    }

    public static void RequireBoth(DateTimeOffset? begin, DateTimeOffset? end, string beginField, string endField)
    {
        if (begin is null != end is null)
        {
            throw new JdValidationException(begin is null ? beginField : endField, $"must be given together with {(begin is null ? endField : beginField)}.");
        }
    }

    public static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteFlag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    public static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, JdChinaTime.Format(time));
        }
    }
}
