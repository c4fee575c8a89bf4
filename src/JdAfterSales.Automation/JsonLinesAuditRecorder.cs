using System.Text.Json;

namespace JdAfterSales.Automation;

/// <summary>
/// An audit trail appended to a JSON-lines file, one record per line, flushed after each record so a crash loses
/// nothing already applied. Thread-safe within one process.
/// </summary>
public sealed class JsonLinesAuditRecorder : IAuditRecorder
{
    private readonly string _path;
    private readonly object _gate = new();

    /// <summary>Creates a recorder appending to <paramref name="path"/> (created with its folder when missing).</summary>
    /// <param name="path">The file.</param>
    public JsonLinesAuditRecorder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
    }

    /// <summary>Reads the records of a JSON-lines audit trail.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records in file order.</returns>
    public static async Task<IReadOnlyList<AuditRecord>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return lines.Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize(l, AutomationJsonContext.Default.AuditRecord)!)
            .ToArray();
    }

    /// <inheritdoc />
    public ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        var line = JsonSerializer.Serialize(record, AutomationJsonContext.Default.AuditRecord) + "\n";
        lock (_gate)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(_path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.AppendAllText(_path, line);
        }

        return ValueTask.CompletedTask;
    }
}
