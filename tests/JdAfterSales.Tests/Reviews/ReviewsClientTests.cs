using System.Text.Json;
using JdAfterSales.Reviews;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Reviews;

public sealed class ReviewsClientTests
{
    [Fact]
    public async Task The_comments_fixture_reads_into_typed_comments()
    {
        var handler = StubHandler.Bytes(Vectors.Response("comments.getVenderCommentsForJos.success.json"));
        var page = await TestClients.Create(handler).Reviews.ListCommentsAsync(new ListCommentsRequest { Score = CommentScoreFilter.Good, Keyword = "退货", PageSize = 20 });

        var comment = Assert.Single(page.Items);
        Assert.Equal("1500000000001", comment.CommentId);
        Assert.Equal(100012345678, comment.SkuId);
        Assert.Equal(5, comment.Score);
        Assert.Equal(300000000001, comment.OrderId);
        Assert.True(comment.IsVenderReply);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 20, 11, 0, TimeSpan.FromHours(8)), comment.CreationTime);
        Assert.Equal("感谢您的支持", Assert.Single(comment.Replies).Content);
        Assert.Empty(comment.Images);

        var p = JsonDocument.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"]).RootElement;
        Assert.Equal(3, p.GetProperty("score").GetInt32());
        Assert.Equal("退货", p.GetProperty("content").GetString());
        Assert.Equal(20, p.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task A_result_code_other_than_1_is_a_business_failure()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_PopCommentJsfService_getVenderCommentsForJos_responce":{"code":"0","resultCode":"-1","resultMsg":"参数错误"}}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Reviews.ListCommentsAsync(new ListCommentsRequest()));
        Assert.Equal("-1", error.Code);
        Assert.Equal("参数错误", error.JdMessage);
    }

    public static TheoryData<string, ListCommentsRequest> BadSearches => new()
    {
        { "pageSize", new ListCommentsRequest { PageSize = 51 } },
        { "orderIds", new ListCommentsRequest { OrderIds = Enumerable.Range(1, 51).Select(i => (long)i).ToArray() } },
        { "orderIds", new ListCommentsRequest { OrderIds = [-1] } },
        { "endTime", new ListCommentsRequest { BeginTime = DateTimeOffset.UnixEpoch.AddDays(2), EndTime = DateTimeOffset.UnixEpoch } },
        { "page", new ListCommentsRequest { PageNumber = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Searches_that_break_jds_rules_are_refused_before_sending(string field, ListCommentsRequest request)
    {
        var handler = StubHandler.Json("{}");
        var error = await Assert.ThrowsAsync<JdValidationException>(() => TestClients.Create(handler).Reviews.ListCommentsAsync(request));
        Assert.Equal(field, error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_reply_is_a_write_to_the_main_comment_by_default()
    {
        var handler = StubHandler.Bytes(Vectors.Response("club.pop.commentreply.save.success.json"));
        var result = await TestClients.Create(handler).Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = "1500000000001", Content = "感谢反馈，已为您安排退货" });
        Assert.Equal("1", result.Code);
        Assert.Equal("成功", result.Message);

        // JD's SDK classes declare replyId a string: "-1" for the comment itself.
        var p = JsonDocument.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"]).RootElement;
        Assert.Equal(JsonValueKind.String, p.GetProperty("replyId").ValueKind);
        Assert.Equal("-1", p.GetProperty("replyId").GetString());
        Assert.Equal(JdAfterSales.JdOperationKind.Write, new ReplyToCommentRequest { CommentId = "1", Content = "x" }.OperationKind);
    }

    [Fact]
    public async Task A_reply_to_a_reply_sends_its_id_as_a_string()
    {
        var handler = StubHandler.Bytes(Vectors.Response("club.pop.commentreply.save.success.json"));
        await TestClients.Create(handler).Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = "1", Content = "好的", ReplyId = 88 });
        var p = JsonDocument.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"]).RootElement;
        Assert.Equal("88", p.GetProperty("replyId").GetString());
    }

    [Fact]
    public async Task Comments_with_lists_left_out_or_null_read_with_empty_lists()
    {
        var page = await TestClients.Create(StubHandler.Bytes(Vectors.Response("comments.getVenderCommentsForJos.omitted-lists.json")))
            .Reviews.ListCommentsAsync(new ListCommentsRequest());

        Assert.Equal(2, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, c =>
        {
            Assert.NotNull(c.Replies);
            Assert.Empty(c.Replies);
            Assert.NotNull(c.Images);
            Assert.Empty(c.Images);
        });
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 22, 0, 0, TimeSpan.FromHours(8)), page.Items[0].CreationTime);
        Assert.Equal(new DateTimeOffset(2024, 5, 24, 8, 30, 0, TimeSpan.FromHours(8)), page.Items[1].CreationTime);
        Assert.Null(page.Items[1].SkuName);
    }
}
