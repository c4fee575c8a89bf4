using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Runs the benchmarks. <c>--smoke</c> runs each once, in process, to prove that every benchmark works and returns
/// the right result (CI); without it BenchmarkDotNet measures properly. Exits non-zero when any benchmark failed.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var arguments = args.Where(a => a != "--smoke").ToList();
        if (!arguments.Any(a => a is "--filter" or "-f"))
        {
            // Without a filter BenchmarkDotNet asks interactively; CI has no one to answer.
            arguments.AddRange(["--filter", "*"]);
        }

        IConfig config = DefaultConfig.Instance;
        if (smoke)
        {
            config = config
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke"))
                .WithOptions(ConfigOptions.DisableLogFile);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments], config).ToArray();
        var failures = Failures(summaries).ToList();
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"FAILED: {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Failures(Summary[] summaries)
    {
        if (summaries.Length == 0)
        {
            yield return "no benchmark ran (check --filter)";
        }

        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                foreach (var error in summary.ValidationErrors.Where(e => e.IsCritical))
                {
                    yield return $"{summary.Title}: {error.Message}";
                }
            }

            if (summary.BenchmarksCases.Length == 0)
            {
                yield return $"{summary.Title}: no benchmark case";
            }

            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase == benchmark);
                if (report is null || !report.Success || report.ResultStatistics is null)
                {
                    yield return $"{benchmark.DisplayInfo}: failed (setup threw, a wrong result was detected, or it did not run)";
                }
            }
        }
    }
}
