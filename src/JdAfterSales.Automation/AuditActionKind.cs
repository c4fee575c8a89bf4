namespace JdAfterSales.Automation;

/// <summary>What an audit rule does with a pending service order.</summary>
public enum AuditActionKind
{
    /// <summary>Leave the service order for a person (the default when no rule matches).</summary>
    Leave = 0,

    /// <summary>Approve; the customer ships the goods back to the shop's return address (<c>jingdong.asc.audit.send</c>).</summary>
    ApproveReturnShipping = 1,

    /// <summary>Approve; JD picks the goods up at the customer's address (<c>jingdong.asc.audit.homepick</c>).</summary>
    ApproveDoorPickup = 2,

    /// <summary>Reject with a reason code from JD's reason tree (<c>jingdong.asc.audit.refuse</c>).</summary>
    Reject = 3,

    /// <summary>Ask the customer for more information (<c>jingdong.asc.audit.waitFeedback</c>).</summary>
    AskFeedback = 4,
}
