using System.Text;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A contact and a JD area-coded address, as the approvals take them: JD flattens it into parameters that share a
/// prefix (<c>returnContactName</c>, <c>returnProvince</c>…; <c>pickupContactName</c>…).
/// </summary>
public sealed record AscContactAddress
{
    /// <summary>The contact's name (<c>…ContactName</c>).</summary>
    public required string ContactName { get; init; }

    /// <summary>The contact's phone (<c>…ContactTel</c>).</summary>
    public required string ContactTel { get; init; }

    /// <summary>The contact's mobile (<c>…ContactMobile</c>), optional.</summary>
    public string? ContactMobile { get; init; }

    /// <summary>The postal code (<c>…Zipcode</c>); required for the return address.</summary>
    public string? Zipcode { get; init; }

    /// <summary>JD's province code (<c>…Province</c>).</summary>
    public required int Province { get; init; }

    /// <summary>JD's city code (<c>…City</c>).</summary>
    public required int City { get; init; }

    /// <summary>JD's county code (<c>…County</c>).</summary>
    public required int County { get; init; }

    /// <summary>JD's town code (<c>…Village</c>; 0 for none), optional.</summary>
    public int? Village { get; init; }

    /// <summary>The street address (<c>…DetailAddress</c>).</summary>
    public required string DetailAddress { get; init; }

    /// <summary>Refuses what JD would refuse, naming the flattened wire parameter.</summary>
    internal void Validate(string prefix, bool zipcodeRequired)
    {
        JdRequestRules.RequireText(ContactName, prefix + "ContactName", "the contact's name");
        JdRequestRules.RequireText(ContactTel, prefix + "ContactTel", "the contact's phone");
        if (zipcodeRequired)
        {
            JdRequestRules.RequireText(Zipcode, prefix + "Zipcode", "the postal code");
        }

        JdRequestRules.RequireAreaCode(Province, prefix + "Province");
        JdRequestRules.RequireAreaCode(City, prefix + "City");
        JdRequestRules.RequireAreaCode(County, prefix + "County");
        if (Village is < 0)
        {
            throw new JdValidationException(prefix + "Village", "must be a JD town code, or 0 for none.");
        }

        JdRequestRules.RequireText(DetailAddress, prefix + "DetailAddress", "the street address");
    }

    /// <summary>Prints the members with the phones masked, so a log line or a debugger never shows a whole number.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ContactName = ").Append(ContactName)
            .Append(", ContactTel = ").Append(JdPhoneMask.Mask(ContactTel))
            .Append(", ContactMobile = ").Append(JdPhoneMask.Mask(ContactMobile))
            .Append(", Zipcode = ").Append(Zipcode)
            .Append(", Province = ").Append(Province)
            .Append(", City = ").Append(City)
            .Append(", County = ").Append(County)
            .Append(", Village = ").Append(Village)
            .Append(", DetailAddress = ").Append(DetailAddress);
        return true;
    }
}
