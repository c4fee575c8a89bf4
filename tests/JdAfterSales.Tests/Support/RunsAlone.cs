namespace JdAfterSales.Tests.Support;

/// <summary>
/// Tests that load every core (the malformed-answer property test) run alone, after the parallel ones, so tests that
/// pump fake time are not starved by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Serial: every core";
}
