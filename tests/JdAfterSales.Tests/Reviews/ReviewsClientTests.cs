using System.Globalization;
using JdAfterSales.Reviews;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Reviews;

public sealed class ReviewsClientTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Fixture_reads_into_typed_reviews()
    {
        var stub = StubHandler.Bytes(Vectors.Response("comments.getVenderCommentsForJos.success.json"));
        var page = await TestClients.Create(stub).Reviews.ListAsync(new ReviewQuery());

        Assert.Equal(1, page.TotalCount);
        var review = Assert.Single(page.Items);
        Assert.Equal("1500000000001", review.CommentId);
        Assert.Equal(100012345678L, review.SkuId);
        Assert.Equal("退货处理很快，客服态度好", review.Content);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 20, 11, 0, Beijing), review.CreationTime);
        Assert.Equal(5, review.Score);
        Assert.True(review.IsVenderReply);
        Assert.Equal(300000000001L, review.OrderId);
        var reply = Assert.Single(review.Replies);
        Assert.Equal(1L, reply.ReplyId);
        Assert.Equal("店铺客服", reply.NickName);
        Assert.Empty(review.Images);
    }

    [Fact]
    public async Task Filters_use_jd_wire_names()
    {
        var stub = StubHandler.Bytes(Vectors.Response("comments.getVenderCommentsForJos.success.json"));
        await TestClients.Create(stub).Reviews.ListAsync(new ReviewQuery
        {
            SkuIds = [100012345678L, 9007199254740993L],
            OrderIds = [300000000001L],
            Start = new DateTimeOffset(2024, 5, 1, 0, 0, 0, Beijing),
            End = new DateTimeOffset(2024, 5, 31, 23, 59, 59, Beijing),
            Score = ReviewScoreFilter.Bad,
            Keyword = "退货",
            Replied = false,
            Page = 2,
            PageSize = 20,
        });

        Assert.Equal("jingdong.pop.PopCommentJsfService.getVenderCommentsForJos", Routerjson.MethodOf(stub.Requests[0]));
        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("100012345678,9007199254740993", json.GetProperty("skuids").GetString());
        Assert.Equal("300000000001", json.GetProperty("orderIds").GetString());
        Assert.Equal("2024-05-01 00:00:00", json.GetProperty("beginTime").GetString());
        Assert.Equal("2024-05-31 23:59:59", json.GetProperty("endTime").GetString());
        Assert.Equal(1, json.GetProperty("score").GetInt32());
        Assert.Equal("退货", json.GetProperty("content").GetString());
        Assert.False(json.GetProperty("isVenderReply").GetBoolean());
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Unset_filters_are_left_out_and_score_defaults_to_all()
    {
        var stub = StubHandler.Bytes(Vectors.Response("comments.getVenderCommentsForJos.success.json"));
        await TestClients.Create(stub).Reviews.ListAsync(new ReviewQuery());
        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal(["score", "page", "pageSize"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, json.GetProperty("score").GetInt32());
        Assert.Equal(50, json.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task A_result_code_other_than_1_is_a_business_failure()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.pop.PopCommentJsfService.getVenderCommentsForJos",
            """ "resultCode":"-1","resultMsg":"查询参数错误","comments":[]"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Reviews.ListAsync(new ReviewQuery()));
        Assert.Equal("-1", error.Code);
        Assert.Equal("查询参数错误", error.JdMessage);
    }

    public static TheoryData<string, ReviewQuery> InvalidQueries() => new()
    {
        { "pageSize", new ReviewQuery { PageSize = 51 } },
        { "page", new ReviewQuery { Page = 0 } },
        { "orderIds", new ReviewQuery { OrderIds = Enumerable.Range(1, 51).Select(i => (long)i).ToArray() } },
        { "score", new ReviewQuery { Score = (ReviewScoreFilter)4 } },
        { "endTime", new ReviewQuery { Start = DateTimeOffset.UnixEpoch.AddDays(1), End = DateTimeOffset.UnixEpoch } },
        { "skuids", new ReviewQuery { SkuIds = [-5] } },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Invalid_filters_are_refused_before_sending(string field, ReviewQuery query)
    {
        var stub = StubHandler.Json("{}");
        var error = await Assert.ThrowsAsync<JdValidationException>(() => TestClients.Create(stub).Reviews.ListAsync(query));
        Assert.Equal(field, error.Field);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task ListAll_walks_every_page_once()
    {
        var stub = new StubHandler(async (request, _) =>
        {
            var page = Routerjson.ParamsOf(await Routerjson.ReadAsync(request)).GetProperty("page").GetInt32();
            var items = Enumerable.Range(((page - 1) * 50) + 1, 50).Where(i => i <= 120)
                .Select(i => $$"""{"commentId":"{{i.ToString(CultureInfo.InvariantCulture)}}","score":5}""");
            return Routerjson.Answer(Routerjson.Envelope("jingdong.pop.PopCommentJsfService.getVenderCommentsForJos",
                $$""" "resultCode":"1","resultMsg":"成功","totalItem":120,"page":{{page}},"comments":[{{string.Join(',', items)}}]"""));
        });
        var reviews = await TestClients.Create(stub).Reviews.ListAllAsync(new ReviewQuery()).ToListAsync();
        Assert.Equal(120, reviews.Count);
        Assert.Equal(120, reviews.Select(r => r.CommentId).Distinct().Count());
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task Reply_is_a_write_to_the_main_comment_by_default()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.club.pop.commentreply.save", """ "resultCode":"1","resultMsg":"成功","replyId":77"""));
        var replyId = await TestClients.Create(stub).Reviews.ReplyAsync("1500000000001", "感谢您的支持");

        Assert.Equal(77L, replyId);
        Assert.Equal("jingdong.club.pop.commentreply.save", Routerjson.MethodOf(stub.Requests[0]));
        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("1500000000001", json.GetProperty("commentId").GetString());
        Assert.Equal("感谢您的支持", json.GetProperty("content").GetString());
        Assert.Equal(-1, json.GetProperty("replyId").GetInt64());
    }

    [Fact]
    public async Task Reply_failure_and_bad_input()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.club.pop.commentreply.save", """ "resultCode":"0","resultMsg":"回复内容包含敏感词" """));
        var client = TestClients.Create(stub);
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Reviews.ReplyAsync("1", "x", replyId: 3));
        Assert.Equal("回复内容包含敏感词", error.JdMessage);
        Assert.Equal("content", (await Assert.ThrowsAsync<JdValidationException>(() => client.Reviews.ReplyAsync("1", ""))).Field);
        Assert.Equal("commentId", (await Assert.ThrowsAsync<JdValidationException>(() => client.Reviews.ReplyAsync(" ", "x"))).Field);
        Assert.Equal("replyId", (await Assert.ThrowsAsync<JdValidationException>(() => client.Reviews.ReplyAsync("1", "x", replyId: 0))).Field);
        Assert.Single(stub.Requests);
    }
}
