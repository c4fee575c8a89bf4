using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>Buyer comments and merchant replies. Success is <c>resultCode</c> "1" at the top of the payload.</summary>
internal static class CommentHandlers
{
    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.pop.PopCommentJsfService.getVenderCommentsForJos"] = List;
        table["jingdong.club.pop.commentreply.save"] = Reply;
    }

    private static void List(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var page = p.Page("page", 1, 1, int.MaxValue);
        var pageSize = p.Page("pageSize", 10, 1, 50);
        var skuIds = p.LongList("skuids");
        var orderIds = p.LongList("orderIds");
        if (orderIds is { Count: > 50 })
        {
            throw GatewayErrorException.Invalid("orderIds", "must name at most 50 orders");
        }

        var wareName = p.String("wareName");
        var begin = p.Date("beginTime");
        var end = p.Date("endTime");
        var score = p.Int("score", 0, 3) ?? 0;
        var keyword = p.String("content");
        var pin = p.String("pin");
        var replied = p.Bool("isVenderReply");

        // Newest first, ties by id; score filter: 3 good (4–5), 2 neutral (2–3), 1 bad (1), 0 all.
        var matches = call.Data.CommentList
            .Where(c => skuIds is null || skuIds.Contains(c.SkuId))
            .Where(c => orderIds is null || orderIds.Contains(c.OrderId))
            .Where(c => wareName is null || c.SkuName.Contains(wareName, StringComparison.Ordinal))
            .Where(c => begin is null || c.CreationTime >= begin)
            .Where(c => end is null || c.CreationTime <= end)
            .Where(c => score switch { 3 => c.Score >= 4, 2 => c.Score is 2 or 3, 1 => c.Score == 1, _ => true })
            .Where(c => keyword is null || c.Content.Contains(keyword, StringComparison.Ordinal))
            .Where(c => pin is null || c.Pin == pin)
            .Where(c => replied is null || (c.ReplyList.Count > 0) == replied)
            .OrderByDescending(c => c.CreationTime).ThenByDescending(c => c.CommentId, StringComparer.Ordinal)
            .ToList();

        w.WriteString("resultCode", "1");
        w.WriteString("resultMsg", "成功");
        w.WriteNumber("totalItem", matches.Count);
        w.WriteNumber("page", page);
        w.WriteStartArray("comments");
        foreach (var c in matches.Skip((page - 1) * pageSize).Take(pageSize))
        {
            WriteComment(w, c);
        }

        w.WriteEndArray();
    }

    private static void Reply(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var commentId = p.RequireString("commentId");
        var content = p.RequireString("content");
        // JD's SDK classes declare replyId a string ("-1" for the comment itself); like JD, a number is read as well.
        var replyTo = p.RequireLong("replyId", -1);
        var comment = call.Data.FindComment(commentId);
        if (comment is null || (replyTo != -1 && !comment.ReplyList.Exists(r => r.ReplyId == replyTo)))
        {
            call.BusinessErrorCode = "0";
            w.WriteString("resultCode", "0");
            w.WriteString("resultMsg", "评价不存在");
            return;
        }

        var reply = new FakeCommentReply
        {
            ReplyId = call.Data.NextReplyId(),
            Content = content,
            NickName = "店铺客服",
            CreationTime = call.Now,
        };
        comment.ReplyList.Add(reply);
        // JD's answer carries no id of the saved reply (JAVA-NEW and NET ClubPopCommentreplySaveResponse).
        w.WriteString("resultCode", "1");
        w.WriteString("resultMsg", "成功");
    }

    private static void WriteComment(Utf8JsonWriter w, FakeComment c)
    {
        w.WriteStartObject();
        w.WriteString("commentId", c.CommentId);
        w.WriteNumber("skuid", c.SkuId);
        w.WriteString("skuName", c.SkuName);
        w.WriteString("content", c.Content);
        w.WriteDateString("creationTime", c.CreationTime);
        w.WriteNumber("score", c.Score);
        w.WriteNumber("status", 1);
        w.WriteNumber("replyCount", c.ReplyList.Count);
        w.WriteNumber("usefulCount", c.UsefulCount);
        w.WriteBoolean("isVenderReply", c.ReplyList.Count > 0);
        w.WriteString("nickName", c.NickName);
        w.WriteNumber("orderId", c.OrderId);

        // JD leaves empty lists out: a comment with no replies carries no "replies", and none carries "images" here.
        if (c.ReplyList.Count > 0)
        {
            w.WriteStartArray("replies");
            foreach (var r in c.ReplyList)
            {
                w.WriteStartObject();
                w.WriteString("content", r.Content);
                w.WriteDateString("creationTime", r.CreationTime);
                w.WriteString("nickName", r.NickName);
                w.WriteNumber("replyId", r.ReplyId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
