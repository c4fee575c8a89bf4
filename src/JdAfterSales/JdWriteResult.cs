namespace JdAfterSales;

/// <summary>
/// JD's answer to a write it accepted: its own result code and message (for example <c>"0"</c> and
/// <c>"操作成功"</c>). A write JD refused raises a <see cref="JdBusinessException"/> instead, and a write answered
/// without its result object raises a <see cref="JdContractException"/> whose <see cref="JdContractException.Delivery"/>
/// is <see cref="JdDeliveryState.Delivered"/>: it reached JD and its outcome is unknown.
/// </summary>
public sealed class JdWriteResult
{
    internal JdWriteResult(string method, string? code, string? message)
    {
        Method = method;
        Code = string.IsNullOrEmpty(code) ? null : code;
        Message = string.IsNullOrEmpty(message) ? null : message;
    }

    /// <summary>The JOS method that was called.</summary>
    public string Method { get; }

    /// <summary>JD's result code for the accepted write, when it sent one.</summary>
    public string? Code { get; }

    /// <summary>JD's message for the accepted write, usually Chinese, when it sent one.</summary>
    public string? Message { get; }
}
