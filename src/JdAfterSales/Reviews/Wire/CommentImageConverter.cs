using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>Reads <see cref="CommentImage"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class CommentImageConverter : JdModelConverter<CommentImage, CommentImageConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "id",
        "imgUrl",
        "imgTitle");

    /// <summary>The fields of <see cref="CommentImage"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<CommentImage>
    {
        public static JdPropertyNames Names => FieldNames;

        public static CommentImage Create() => new();

        public static void Read(ref Utf8JsonReader reader, CommentImage model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.Id = JdValues.NullableInt64(ref reader);
                    break;
                case 1:
                    model.Url = JdValues.String(ref reader);
                    break;
                case 2:
                    model.Title = JdValues.String(ref reader);
                    break;
            }
        }
    }
}
