using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Reads <see cref="OrderItem"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class OrderItemConverter : JdModelConverter<OrderItem, OrderItemConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "skuId",
        "outerSkuId",
        "skuName",
        "jdPrice",
        "itemTotal",
        "wareId");

    /// <summary>The fields of <see cref="OrderItem"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<OrderItem>
    {
        public static JdPropertyNames Names => FieldNames;

        public static OrderItem Create() => new();

        public static void Read(ref Utf8JsonReader reader, OrderItem model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.SkuId = JdValues.Int64(ref reader);
                    break;
                case 1:
                    model.OuterSkuId = JdValues.String(ref reader);
                    break;
                case 2:
                    model.SkuName = JdValues.String(ref reader);
                    break;
                case 3:
                    model.JdPrice = JdValues.NullableDecimal(ref reader);
                    break;
                case 4:
                    model.Quantity = JdValues.NullableInt32(ref reader);
                    break;
                case 5:
                    model.WareId = JdValues.NullableInt64(ref reader);
                    break;
            }
        }
    }
}
