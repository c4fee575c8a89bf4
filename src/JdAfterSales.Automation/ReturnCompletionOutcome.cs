namespace JdAfterSales.Automation;

/// <summary>Where return completion left one service order.</summary>
public enum ReturnCompletionOutcome
{
    /// <summary>The return parcel is not signed for yet; nothing was written.</summary>
    NotSignedFor = 0,

    /// <summary>JD has no return waybill for the service order yet; nothing was written.</summary>
    NoReturnWaybill = 1,

    /// <summary>The receipt is registered and the linked refund approved (by this run or an earlier one).</summary>
    Completed = 2,

    /// <summary>The receipt is registered; the service order expects no refund (exchange, repair) or none is pending.</summary>
    ReceiptOnly = 3,

    /// <summary>Several pending refunds could belong to the return; left for a person.</summary>
    RefundAmbiguous = 4,

    /// <summary>The service order is in a status return completion does not handle; nothing was written.</summary>
    Skipped = 5,

    /// <summary>A call failed; the next run re-reads and carries on.</summary>
    Failed = 6,

    /// <summary>A preview found work to do (a signed-for return to receive, or a received return's refund); nothing was written.</summary>
    Ready = 7,

    /// <summary>
    /// Another worker holds the lease of the service order or of its refund (or this one's ran out before a write):
    /// nothing was written. The holder finishes it, or it is looked at again once its lease is free.
    /// </summary>
    HeldElsewhere = 8,
}
