namespace JdAfterSales;

/// <summary>A business failure that JD reported inside a successful envelope.</summary>
/// <param name="Code">JD's code for the failure (for example <c>ASC_SYS_VERSION_ERROR</c>), when it sent one.</param>
/// <param name="Message">JD's message, usually Chinese, when it sent one.</param>
/// <param name="Kind">What the caller can do about it.</param>
public sealed record JdBusinessError(string? Code, string? Message, JdBusinessErrorKind Kind = JdBusinessErrorKind.General);
