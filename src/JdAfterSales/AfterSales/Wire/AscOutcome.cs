using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>Turns the success flag and code of an ASC <c>result</c> or <c>pageResult</c> into a business error.</summary>
internal static class AscOutcome
{
    public static JdBusinessError? ErrorOf(bool? success, string? code, string? message)
    {
        // JD's success flag decides; a payload without one fails only when its code says so.
        var failed = success == false || (success is null && code is not null && code != "0");
        if (!failed)
        {
            return null;
        }

        return new JdBusinessError(code, message, IsStaleVersion(code, message) ? JdBusinessErrorKind.StaleVersion : JdBusinessErrorKind.General);
    }

    /// <summary>
    /// JD documents no code for a stale <c>sysVersion</c>, so staleness is recognised from what the failure speaks
    /// of: a code naming the version (<c>ASC_SYS_VERSION_ERROR</c>, <c>SYSVERSION_EXPIRED</c>…) or a message naming
    /// it (版本, as in 服务单版本号不一致).
    /// </summary>
    internal static bool IsStaleVersion(string? code, string? message) =>
        (code is not null && code.Contains("VERSION", StringComparison.OrdinalIgnoreCase))
        || (message is not null && (message.Contains("版本", StringComparison.Ordinal) || message.Contains("sysVersion", StringComparison.OrdinalIgnoreCase)));
}
