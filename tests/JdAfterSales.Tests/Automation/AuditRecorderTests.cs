using JdAfterSales.Automation;

namespace JdAfterSales.Tests.Automation;

/// <summary>The audit trail implementations keep every record with its rule and outcome.</summary>
public sealed class AuditRecorderTests
{
    private static readonly AuditRecord[] Records =
    [
        new() { At = new DateTimeOffset(2024, 5, 20, 12, 0, 0, TimeSpan.FromHours(8)), ServiceId = 1, OrderId = 10, RuleIndex = 0, Rule = "quality", Action = AuditActionKind.ApproveReturnShipping, Outcome = AuditOutcome.Succeeded },
        new() { At = new DateTimeOffset(2024, 5, 20, 12, 1, 0, TimeSpan.FromHours(8)), ServiceId = 2, OrderId = 20, RuleIndex = 2, Rule = "no reason", Action = AuditActionKind.Reject, Outcome = AuditOutcome.StaleVersion, Message = "ASC_SYS_VERSION_ERROR" },
    ];

    [Fact]
    public async Task In_memory_keeps_records_in_order()
    {
        var recorder = new InMemoryAuditRecorder();
        foreach (var record in Records)
        {
            await recorder.RecordAsync(record);
        }

        Assert.Equal(Records, recorder.Records);
    }

    [Fact]
    public async Task Json_lines_writes_one_readable_line_per_record()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jd-audit-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "trail.jsonl");
        try
        {
            var recorder = new JsonLinesAuditRecorder(path);
            foreach (var record in Records)
            {
                await recorder.RecordAsync(record);
            }

            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"outcome\":\"StaleVersion\"", lines[1], StringComparison.Ordinal);
            Assert.Contains("\"action\":\"Reject\"", lines[1], StringComparison.Ordinal);
            Assert.Equal(Records, await JsonLinesAuditRecorder.ReadAsync(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
