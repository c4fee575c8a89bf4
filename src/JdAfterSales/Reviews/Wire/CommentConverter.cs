using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>Reads <see cref="Comment"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class CommentConverter : JdModelConverter<Comment, CommentConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "commentId",
        "skuid",
        "skuName",
        "content",
        "creationTime",
        "score",
        "status",
        "replyCount",
        "usefulCount",
        "isVenderReply",
        "nickName",
        "orderId",
        "replies",
        "images");

    private static readonly JdListConverter<CommentReply> RepliesReader = new();

    private static readonly JdListConverter<CommentImage> ImagesReader = new();

    /// <summary>The fields of <see cref="Comment"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<Comment>
    {
        public static JdPropertyNames Names => FieldNames;

        public static Comment Create() => new();

        public static void Read(ref Utf8JsonReader reader, Comment model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.CommentId = JdValues.String(ref reader)!;
                    break;
                case 1:
                    model.SkuId = JdValues.NullableInt64(ref reader);
                    break;
                case 2:
                    model.SkuName = JdValues.String(ref reader);
                    break;
                case 3:
                    model.Content = JdValues.String(ref reader);
                    break;
                case 4:
                    model.CreationTime = JdValues.DateTime(ref reader);
                    break;
                case 5:
                    model.Score = JdValues.NullableInt32(ref reader);
                    break;
                case 6:
                    model.Status = JdValues.NullableInt32(ref reader);
                    break;
                case 7:
                    model.ReplyCount = JdValues.NullableInt32(ref reader);
                    break;
                case 8:
                    model.UsefulCount = JdValues.NullableInt32(ref reader);
                    break;
                case 9:
                    model.IsVenderReply = JdValues.Boolean(ref reader);
                    break;
                case 10:
                    model.NickName = JdValues.String(ref reader);
                    break;
                case 11:
                    model.OrderId = JdValues.NullableInt64(ref reader);
                    break;
                case 12:
                    model.Replies = RepliesReader.Read(ref reader, typeof(IReadOnlyList<CommentReply>), options);
                    break;
                case 13:
                    model.Images = ImagesReader.Read(ref reader, typeof(IReadOnlyList<CommentImage>), options);
                    break;
            }
        }
    }
}
