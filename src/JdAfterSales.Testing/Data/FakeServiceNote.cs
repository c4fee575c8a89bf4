namespace JdAfterSales.Testing;

/// <summary>A note the shop's staff wrote on a service order (<c>jingdong.asc.track.save</c>), as the fake keeps it.</summary>
public sealed class FakeServiceNote
{
    /// <summary>Gets when it was written (Beijing time).</summary>
    public DateTimeOffset CreatedAt { get; internal init; }

    /// <summary>Gets the note.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Gets who wrote it, JD account.</summary>
    public string CreatePin { get; internal init; } = "";

    /// <summary>Gets who wrote it, name.</summary>
    public string CreateName { get; internal init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{CreatedAt:yyyy-MM-dd HH:mm} {CreateName}: {Text}";
}
