using System.Globalization;

namespace JdAfterSales.Gateway;

/// <summary>The checks every request shares: bad input is refused before sending, naming the wire parameter.</summary>
internal static class JdRequestRules
{
    /// <summary>JD's largest page for ASC lists, <c>serviceAndRefund.view</c> and refund lists.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The last page JD serves for one refund-list filter.</summary>
    public const int MaxRefundPageIndex = 100;

    private static readonly DateTime EarliestTime = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime LatestTime = new(9998, 12, 31, 0, 0, 0, DateTimeKind.Utc);

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

    public static void RequireAreaCode(int code, string field)
    {
        if (code <= 0)
        {
            throw new JdValidationException(field, "must be a positive JD area code.");
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

    public static void RequirePage(int pageNumber, string pageNumberField, int maxPageNumber, int pageSize, string pageSizeField, int maxPageSize = MaxPageSize)
    {
        if (pageNumber < 1 || pageNumber > maxPageNumber)
        {
            throw new JdValidationException(
                pageNumberField,
                maxPageNumber == int.MaxValue
                    ? "must be 1 or more."
                    : $"must be between 1 and {maxPageNumber.ToString(CultureInfo.InvariantCulture)} (the last page JD serves).");
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            throw new JdValidationException(pageSizeField, $"must be between 1 and {maxPageSize.ToString(CultureInfo.InvariantCulture)} (JD's largest page).");
        }
    }

    public static void RequireTime(DateTimeOffset? value, string field)
    {
        // JD reads times as Beijing wall clock; an instant outside these years has no sensible wall clock to send.
        if (value is { } time && (time.UtcDateTime < EarliestTime || time.UtcDateTime > LatestTime))
        {
            throw new JdValidationException(field, "must be a time between the years 1970 and 9998.");
        }
    }

    public static void RequireOrder(DateTimeOffset? begin, DateTimeOffset? end, string beginField, string endField)
    {
        RequireTime(begin, beginField);
        RequireTime(end, endField);
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
}
