namespace JdAfterSales.Samples.Worker;

/// <summary>What handling one service order came to.</summary>
/// <param name="Done">Done with at this version: mark it handled, let the checkpoint pass it.</param>
/// <param name="Writes">How many writes were made.</param>
/// <param name="Looked">Whether JD was asked anything about it.</param>
public sealed record ItemResult(bool Done, int Writes, bool Looked);
