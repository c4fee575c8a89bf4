using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>Turns the success flag and code of an ASC <c>result</c> or <c>pageResult</c> into a business error.</summary>
internal static class AscOutcome
{
    /// <summary>JD's code for a write whose <c>sysVersion</c> is stale.</summary>
    public const string StaleVersionCode = "ASC_SYS_VERSION_ERROR";

    public static JdBusinessError? ErrorOf(bool? success, string? code, string? message)
    {
        // JD's success flag decides; a payload without one fails only when its code says so.
        var failed = success == false || (success is null && code is not null && code != "0");
        if (!failed)
        {
            return null;
        }

        var kind = string.Equals(code, StaleVersionCode, StringComparison.OrdinalIgnoreCase)
            ? JdBusinessErrorKind.StaleVersion
            : JdBusinessErrorKind.General;
        return new JdBusinessError(code, message, kind);
    }
}
