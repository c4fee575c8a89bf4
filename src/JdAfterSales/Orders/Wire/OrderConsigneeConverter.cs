using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Reads <see cref="OrderConsignee"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class OrderConsigneeConverter : JdModelConverter<OrderConsignee, OrderConsigneeConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "fullname",
        "mobile",
        "telephone",
        "fullAddress",
        "province",
        "city",
        "county",
        "provinceId",
        "cityId");

    /// <summary>The fields of <see cref="OrderConsignee"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<OrderConsignee>
    {
        public static JdPropertyNames Names => FieldNames;

        public static OrderConsignee Create() => new();

        public static void Read(ref Utf8JsonReader reader, OrderConsignee model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.FullName = JdValues.String(ref reader);
                    break;
                case 1:
                    model.Mobile = JdValues.String(ref reader);
                    break;
                case 2:
                    model.Telephone = JdValues.String(ref reader);
                    break;
                case 3:
                    model.FullAddress = JdValues.String(ref reader);
                    break;
                case 4:
                    model.Province = JdValues.String(ref reader);
                    break;
                case 5:
                    model.City = JdValues.String(ref reader);
                    break;
                case 6:
                    model.County = JdValues.String(ref reader);
                    break;
                case 7:
                    model.ProvinceId = JdValues.NullableInt32(ref reader);
                    break;
                case 8:
                    model.CityId = JdValues.NullableInt32(ref reader);
                    break;
            }
        }
    }
}
