namespace JdAfterSales.Automation;

/// <summary>A term and the number of reviews it occurs in.</summary>
/// <param name="Term">The term.</param>
/// <param name="Count">In how many reviews it occurs.</param>
public sealed record TermCount(string Term, int Count);
