using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Conventions;

/// <summary>
/// Every fixture, shared and own, read through the typed call of its JOS method: a success fixture reads into the
/// result, a failure fixture raises the error its name says. A fixture nothing reads fails here.
/// </summary>
public sealed class OwnFixtureTests
{
    /// <summary>What a fixture's case says about its outcome; anything else reads into a result.</summary>
    private static readonly Dictionary<string, Type> Failures = new(StringComparer.Ordinal)
    {
        ["stale-sysversion"] = typeof(JdConcurrencyException),
        ["business-failure"] = typeof(JdBusinessException),
        ["already-audited"] = typeof(JdBusinessException),
        ["other-status"] = typeof(JdBusinessException),
        ["failure"] = typeof(JdBusinessException),
        ["no-result"] = typeof(JdContractException),
    };

    public static TheoryData<string> MethodFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixtures.AllNames().Where(n => !n.StartsWith("error.", StringComparison.Ordinal) && !n.StartsWith("oauth.", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodFixtures))]
    public async Task Each_fixture_reads_through_the_typed_call_of_its_method(string fixture)
    {
        var (method, outcome) = TypedCalls.Split(fixture);
        Assert.True(TypedCalls.ByMethod.TryGetValue(method, out var call), $"no typed call mapped for fixture {fixture}");
        var (client, handler) = AscKit.With(fixture);

        var error = await Record.ExceptionAsync(() => call(client));

        Assert.Single(handler.Requests);
        if (Failures.TryGetValue(outcome, out var expected))
        {
            Assert.IsAssignableFrom(expected, error);
        }
        else
        {
            Assert.Null(error);
        }
    }
}
