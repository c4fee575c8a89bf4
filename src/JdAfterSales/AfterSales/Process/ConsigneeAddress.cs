using System.Text;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Who receives the item the shop sends out at processing, and where: JD takes it as plain parameters
/// (<c>consigneeName</c>, <c>consigneeTel</c>, <c>provinceCode</c>… <c>detailAddress</c>).
/// </summary>
public sealed record ConsigneeAddress
{
    /// <summary>The receiver's name (<c>consigneeName</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The receiver's phone (<c>consigneeTel</c>).</summary>
    public required string Tel { get; init; }

    /// <summary>JD's province code (<c>provinceCode</c>).</summary>
    public required int ProvinceCode { get; init; }

    /// <summary>JD's city code (<c>cityCode</c>).</summary>
    public required int CityCode { get; init; }

    /// <summary>JD's county code (<c>countyCode</c>).</summary>
    public required int CountyCode { get; init; }

    /// <summary>JD's town code (<c>villageCode</c>; 0 for none); an exchange requires it.</summary>
    public int? VillageCode { get; init; }

    /// <summary>The street address (<c>detailAddress</c>).</summary>
    public required string DetailAddress { get; init; }

    /// <summary>
    /// The customer of a service order as the receiver: their name (<see cref="ServiceBill.CustomerInfo"/>) and the
    /// address the goods were picked up from (<see cref="ServiceBill.PickwareAddress"/>), with the number JD gives for
    /// calling them (<see cref="AfterSalesClient.GetCustomerPhoneAsync"/>): the service order itself carries the phone
    /// masked, and a carrier cannot ring a masked number.
    /// </summary>
    /// <param name="bill">The service order, as <see cref="AfterSalesClient.GetServiceAsync(GetServiceRequest, CancellationToken)"/> read it.</param>
    /// <param name="phone">The customer's phone, as <see cref="AfterSalesClient.GetCustomerPhoneAsync"/> read it.</param>
    /// <returns>The receiver, or <c>null</c> when JD's answers lack the name, the whole number or an area-coded address.</returns>
    public static ConsigneeAddress? FromCustomerOf(ServiceBill bill, CustomerPhone? phone)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var customer = bill.CustomerInfo;
        var name = FirstText(customer?.ContactInfo?.ContactName, customer?.Name);
        var tel = phone?.Number;
        var address = bill.PickwareAddress;
        if (name is null || string.IsNullOrWhiteSpace(tel) || IsMasked(tel) || string.IsNullOrWhiteSpace(address?.DetailAddress)
            || address.ProvinceCode is not > 0 || address.CityCode is not > 0 || address.CountyCode is not > 0)
        {
            return null;
        }

        return new ConsigneeAddress
        {
            Name = name,
            Tel = tel,
            ProvinceCode = address.ProvinceCode.Value,
            CityCode = address.CityCode.Value,
            CountyCode = address.CountyCode.Value,
            VillageCode = address.VillageCode,
            DetailAddress = address.DetailAddress,
        };
    }

    /// <summary>Refuses what JD would refuse, naming the wire parameter.</summary>
    internal void Validate(bool villageRequired)
    {
        JdRequestRules.RequireText(Name, "consigneeName", "the receiver's name");
        JdRequestRules.RequireText(Tel, "consigneeTel", "the receiver's phone");
        if (IsMasked(Tel))
        {
            throw new JdValidationException("consigneeTel", "is masked (it holds '*'): the carrier needs the whole number; read it with GetCustomerPhoneAsync.");
        }

        JdRequestRules.RequireAreaCode(ProvinceCode, "provinceCode");
        JdRequestRules.RequireAreaCode(CityCode, "cityCode");
        JdRequestRules.RequireAreaCode(CountyCode, "countyCode");
        if (VillageCode is null && villageRequired)
        {
            throw new JdValidationException("villageCode", "is required here: JD's town code, or 0 for none.");
        }

        if (VillageCode is < 0)
        {
            throw new JdValidationException("villageCode", "must be a JD town code, or 0 for none.");
        }

        JdRequestRules.RequireText(DetailAddress, "detailAddress", "the street address");
    }

    /// <summary>Prints the members with the phone masked, so a log line or a debugger never shows the whole number.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name)
            .Append(", Tel = ").Append(JdPhoneMask.Mask(Tel))
            .Append(", ProvinceCode = ").Append(ProvinceCode)
            .Append(", CityCode = ").Append(CityCode)
            .Append(", CountyCode = ").Append(CountyCode)
            .Append(", VillageCode = ").Append(VillageCode)
            .Append(", DetailAddress = ").Append(DetailAddress);
        return true;
    }

    private static bool IsMasked(string tel) => tel.Contains('*', StringComparison.Ordinal);

    private static string? FirstText(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
