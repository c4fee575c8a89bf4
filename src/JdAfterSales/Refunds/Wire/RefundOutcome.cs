using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>Turns the success flag and error code of a refund-application result into a business error.</summary>
internal static class RefundOutcome
{
    /// <summary>JD's code for a reply the application's status does not allow.</summary>
    public const string StatusErrorCode = "E_STATUS";

    /// <summary>The part of JD's message that says the application was already audited (已审核).</summary>
    public const string AlreadyAuditedText = "已审核";

    public static JdBusinessError? ErrorOf(bool? success, string? errorCode, string? errorMessage)
    {
        var failed = success == false || (success is null && !string.IsNullOrEmpty(errorCode));
        if (!failed)
        {
            return null;
        }

        // E_STATUS alone also covers other refused transitions; only the "already audited" text means a repeated
        // reply, which a caller may treat as done after re-reading the application.
        var alreadyAudited = string.Equals(errorCode, StatusErrorCode, StringComparison.OrdinalIgnoreCase)
            && errorMessage is not null
            && errorMessage.Contains(AlreadyAuditedText, StringComparison.Ordinal);
        return new JdBusinessError(
            string.IsNullOrEmpty(errorCode) ? null : errorCode,
            string.IsNullOrEmpty(errorMessage) ? null : errorMessage,
            alreadyAudited ? JdBusinessErrorKind.AlreadyProcessed : JdBusinessErrorKind.General);
    }
}
