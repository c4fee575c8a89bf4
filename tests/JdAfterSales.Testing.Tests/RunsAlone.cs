namespace JdAfterSales.Testing.Tests;

/// <summary>
/// Tests that measure the whole process (thread counts, ports) run alone, after the parallel ones, so other tests'
/// thread-pool growth cannot fail them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Serial: process-wide measurements";
}
