namespace JdAfterSales.Automation;

/// <summary>Which after-sales cases <see cref="FollowUpList"/> lists, and whether it carries phone numbers.</summary>
public sealed record FollowUpOptions
{
    /// <summary>How far back a completion or an approval counts: 7 days by default.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Whether each row carries the customer's phone number (as JD masks it: the service order's <c>customerTel</c>,
    /// else the order's consignee). Off by default: phone numbers are personal data, so a list that will be logged,
    /// mailed or kept should be made without them.
    /// </summary>
    public bool IncludePhoneNumbers { get; init; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the exception names it and the rule.</exception>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "FollowUpOptions.Window must be longer than zero.");
        }
    }
}
