namespace JdAfterSales.Testing;

/// <summary>The receipt of returned goods (拆包登记), created by <c>jingdong.asc.receive.register</c>.</summary>
public sealed class FakeReturnReceipt
{
    internal FakeReturnReceipt()
    {
    }

    /// <summary>Gets the receipt id.</summary>
    public long ReceiveId { get; internal init; }

    /// <summary>Gets when the goods were registered as received.</summary>
    public DateTimeOffset ReceiveDate { get; internal init; }

    /// <summary>Gets the receiver's account.</summary>
    public string ReceivePin { get; internal init; } = "";

    /// <summary>Gets the receiver's name.</summary>
    public string ReceiveName { get; internal init; } = "";

    /// <summary>Gets the packing state code.</summary>
    public int PackingState { get; internal init; }

    /// <summary>Gets the quality state code.</summary>
    public int QualityState { get; internal init; }

    /// <summary>Gets the appearance state code.</summary>
    public int AppearanceState { get; internal init; }

    /// <summary>Gets the invoice record state code.</summary>
    public int InvoiceRecordState { get; internal init; }

    /// <summary>Gets the judgment reason code.</summary>
    public int JudgmentReason { get; internal init; }

    /// <summary>Gets the accessory-or-gift code.</summary>
    public int AccessoryOrGift { get; internal init; }

    /// <summary>Gets the receiver's remark.</summary>
    public string ReceiveRemark { get; internal init; } = "";

    /// <summary>Gets the number of items received.</summary>
    public int WareNum { get; internal init; }
}
