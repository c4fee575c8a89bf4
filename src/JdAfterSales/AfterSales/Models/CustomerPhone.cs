namespace JdAfterSales.AfterSales;

/// <summary>
/// The customer's phone for a service order (<c>jingdong.asc.view.serviceTel</c>). The number is personal data: show
/// it to the agent who calls, and keep it out of logs. <see cref="ToString"/> gives the masked form only.
/// </summary>
public sealed class CustomerPhone
{
    internal CustomerPhone(string? number, string? masked)
    {
        Number = number;
        Masked = masked;
    }

    /// <summary>The number (<c>data</c>), when JD gives it.</summary>
    public string? Number { get; }

    /// <summary>The number as JD masks it (<c>desen_data</c>, for example <c>138****0000</c>), when JD gives it.</summary>
    public string? Masked { get; }

    /// <summary>The masked number, so that a log line or a debugger never shows the whole one.</summary>
    /// <returns>The masked number, or <c>(masked number not given)</c>.</returns>
    public override string ToString() => Masked ?? "(masked number not given)";
}
