namespace JdAfterSales.Worker.Tests;

/// <summary>
/// Runs only against a real redis-server named by <c>JD_TEST_REDIS</c> (host:port); <c>.ci/run</c> starts one.
/// Skipped when the variable is unset, except under CI (<c>CI=true</c>), where a missing Redis fails the test.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "JD_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) && !IsCi)
        {
            Skip = $"{Variable} is not set, so no redis-server is available on this machine (start one, e.g. `redis-server --port 6390 --save '' --appendonly no --daemonize yes`, and set {Variable}=127.0.0.1:6390). CI sets it and never skips this test.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
