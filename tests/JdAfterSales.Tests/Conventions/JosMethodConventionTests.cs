using System.Text.Json.Serialization;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Tests.Conventions;

/// <summary>The rule holds for every typed JOS method, and the check of it fails when any piece is missing.</summary>
public sealed class JosMethodConventionTests
{
    private static readonly JosMethodConvention.Inputs Actual = JosMethodConvention.Actual();

    [Fact]
    public void Every_jos_method_has_its_request_constant_kind_sub_client_method_doc_fixture_and_fake_handler()
    {
        Assert.Equal(JosMethods.All.Count, Actual.RequestTypes.Count);
        Assert.Equal(50, Actual.RequestTypes.Count);
        Assert.Empty(JosMethodConvention.Check(Actual));
    }

    [Fact]
    public void The_constants_list_every_method_once()
    {
        Assert.Equal(Actual.JosConstants.Values.Order(StringComparer.Ordinal), JosMethods.All.Order(StringComparer.Ordinal));
        Assert.Equal(JosMethods.All.Count, JosMethods.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("jingdong.asc.audit.homepick", "AscAuditHomepick")]
    [InlineData("jingdong.pop.afs.soa.refundapply.queryPageList", "PopAfsSoaRefundapplyQueryPageList")]
    [InlineData("jingdong.getThirdTrace", "GetThirdTrace")]
    public void Constant_names_follow_jds_method_names(string method, string constant) =>
        Assert.Equal(constant, JosMethodConvention.ConstantName(method));

    [Theory]
    [InlineData(typeof(ListRefundsRequest), typeof(RefundsClient), "ListAsync")]
    [InlineData(typeof(CountPendingRefundsRequest), typeof(RefundsClient), "CountPendingAsync")]
    [InlineData(typeof(GetOrderRequest), typeof(OrdersClient), "GetAsync")]
    [InlineData(typeof(RejectServiceRequest), typeof(AfterSalesClient), "RejectServiceAsync")]
    [InlineData(typeof(ReplyToCommentRequest), typeof(ReviewsClient), "ReplyToCommentAsync")]
    public void Method_names_keep_the_stem_without_the_areas_own_noun(Type request, Type subClient, string method) =>
        Assert.Equal(method, JosMethodConvention.MethodName(request, subClient));

    [Fact]
    public void A_missing_fixture_fails_the_check_naming_the_method() =>
        AssertOneProblem(
            Actual with { FixtureNames = Actual.FixtureNames.Where(f => !f.StartsWith("asc.process.close.", StringComparison.Ordinal)).ToList() },
            "CloseServiceRequest (jingdong.asc.process.close): no fixture");

    [Fact]
    public void A_missing_fake_handler_fails_the_check() =>
        AssertOneProblem(
            Actual with { HandledMethods = Actual.HandledMethods.Where(m => m != JosMethods.GetThirdTrace).ToList() },
            "GetThirdPartyTraceRequest (jingdong.getThirdTrace): the fake gateway has no handler");

    [Fact]
    public void A_sub_client_doc_that_does_not_name_the_jos_method_fails_the_check() =>
        AssertOneProblem(
            Actual with { DocOf = m => Actual.DocOf(m)?.Replace(JosMethods.AscQueryList, "the list", StringComparison.Ordinal) },
            "ListServicesRequest (jingdong.asc.query.list): the XML doc of AfterSalesClient.ListServicesAsync does not name");

    [Fact]
    public void A_missing_constant_fails_the_check() =>
        AssertOneProblem(
            Actual with { JosConstants = Actual.JosConstants.Where(c => c.Key != nameof(JosMethods.AscAuditHomepick)).ToDictionary() },
            "ApproveForDoorPickupRequest (jingdong.asc.audit.homepick): no JOS constant JosMethods.AscAuditHomepick");

    [Fact]
    public void A_request_without_its_sub_client_method_fails_the_check()
    {
        var problems = JosMethodConvention.Check(Actual with { SubClients = Actual.SubClients.Where(c => c != typeof(RefundsClient)).ToList() });

        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Contains("0 sub-client methods named by the rule", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_request_that_breaks_every_part_of_the_rule_is_named_for_each()
    {
        var problems = JosMethodConvention.Check(Actual with { RequestTypes = [.. Actual.RequestTypes, typeof(FetchThingsRequest)] })
            .Where(p => p.StartsWith(nameof(FetchThingsRequest), StringComparison.Ordinal))
            .ToList();

        Assert.Contains(problems, p => p.Contains("<Verb><Noun>Request", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no JOS constant JosMethods.TestThingsFetch", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("0 sub-client methods", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no fixture named test.things.fetch.<case>.json", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the fake gateway has no handler", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    private static void AssertOneProblem(JosMethodConvention.Inputs inputs, string expected)
    {
        var problem = Assert.Single(JosMethodConvention.Check(inputs));
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    /// <summary>A request made to break the rule: a verb outside the list, no constant, no sub-client, no fixture.</summary>
    private sealed record FetchThingsRequest : JdRequest<JdWriteResult>
    {
        internal override JdResponseContract<JdWriteResult> Response => throw new NotSupportedException();

        private protected override string JosMethod => "jingdong.test.things.fetch";

        private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

        private protected override JsonSerializerContext ParametersContext => throw new NotSupportedException();

        internal override void Validate()
        {
        }
    }
}
