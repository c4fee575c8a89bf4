namespace JdAfterSales.Diagnostics;

/// <summary>How a failure is labelled in logs, spans and metrics.</summary>
/// <param name="Layer">Where the call failed: validation, gateway, business, transport, contract, cancelled or client.</param>
/// <param name="Code">JD's code or the failure's kind, redacted and cut to a sane length: for logs and spans.</param>
/// <param name="MetricCode">A value from a bounded set: for metric tags.</param>
internal readonly record struct JdErrorLabels(string Layer, string Code, string MetricCode);
