using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A contact and address sent with an approval: where the customer ships the goods back to
/// (<c>return…</c> parameters) or where JD picks them up (<c>pickup…</c> parameters).
/// </summary>
public sealed record AscContactAddress
{
    /// <summary>The contact's name (<c>…ContactName</c>).</summary>
    public required string ContactName { get; init; }

    /// <summary>The contact's phone (<c>…ContactTel</c>).</summary>
    public required string ContactTel { get; init; }

    /// <summary>The contact's mobile (<c>…ContactMobile</c>), optional.</summary>
    public string? ContactMobile { get; init; }

    /// <summary>The postal code (<c>…Zipcode</c>); JD requires it for the return address.</summary>
    public string? Zipcode { get; init; }

    /// <summary>JD's province code (<c>…Province</c>).</summary>
    public required int Province { get; init; }

    /// <summary>JD's city code (<c>…City</c>).</summary>
    public required int City { get; init; }

    /// <summary>JD's county code (<c>…County</c>).</summary>
    public required int County { get; init; }

    /// <summary>JD's town code (<c>…Village</c>), optional.</summary>
    public int? Village { get; init; }

    /// <summary>The street address (<c>…DetailAddress</c>).</summary>
    public required string DetailAddress { get; init; }

    /// <summary>Checks and writes the address with a wire prefix (<c>return</c> or <c>pickup</c>).</summary>
    internal void WriteTo(Utf8JsonWriter writer, string prefix, bool zipcodeRequired)
    {
        RequestRules.RequireText(ContactName, prefix + "ContactName", "the contact's name");
        RequestRules.RequireText(ContactTel, prefix + "ContactTel", "the contact's phone");
        if (zipcodeRequired)
        {
            RequestRules.RequireText(Zipcode, prefix + "Zipcode", "the postal code");
        }

        RequirePositive(Province, prefix + "Province");
        RequirePositive(City, prefix + "City");
        RequirePositive(County, prefix + "County");
        RequestRules.RequireText(DetailAddress, prefix + "DetailAddress", "the street address");

        writer.WriteString(prefix + "ContactName", ContactName);
        writer.WriteString(prefix + "ContactTel", ContactTel);
        RequestRules.WriteText(writer, prefix + "ContactMobile", ContactMobile);
        RequestRules.WriteText(writer, prefix + "Zipcode", Zipcode);
        writer.WriteNumber(prefix + "Province", Province);
        writer.WriteNumber(prefix + "City", City);
        writer.WriteNumber(prefix + "County", County);
        RequestRules.WriteNumber(writer, prefix + "Village", Village);
        writer.WriteString(prefix + "DetailAddress", DetailAddress);
    }

    private static void RequirePositive(int code, string field)
    {
        if (code <= 0)
        {
            throw new JdValidationException(field, "must be a positive JD area code.");
        }
    }
}
