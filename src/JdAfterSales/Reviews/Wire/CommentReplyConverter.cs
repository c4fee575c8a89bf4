using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>Reads <see cref="CommentReply"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class CommentReplyConverter : JdModelConverter<CommentReply, CommentReplyConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "replyId",
        "content",
        "creationTime",
        "nickName");

    /// <summary>The fields of <see cref="CommentReply"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<CommentReply>
    {
        public static JdPropertyNames Names => FieldNames;

        public static CommentReply Create() => new();

        public static void Read(ref Utf8JsonReader reader, CommentReply model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.ReplyId = JdValues.NullableInt64(ref reader);
                    break;
                case 1:
                    model.Content = JdValues.String(ref reader);
                    break;
                case 2:
                    model.CreationTime = JdValues.DateTime(ref reader);
                    break;
                case 3:
                    model.NickName = JdValues.String(ref reader);
                    break;
            }
        }
    }
}
