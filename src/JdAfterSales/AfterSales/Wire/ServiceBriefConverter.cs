using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Reads <see cref="ServiceBrief"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class ServiceBriefConverter : JdModelConverter<ServiceBrief, ServiceBriefConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "serviceId",
        "applyId",
        "customerExpect",
        "customerExpectName",
        "orderId",
        "serviceStatus",
        "serviceStatusName",
        "applyTime",
        "updateDate",
        "orderType",
        "orderTypeName",
        "customerPin",
        "customerName",
        "customerTel",
        "customerGrade",
        "skuId",
        "wareName",
        "wareType",
        "wareTypeName",
        "skuType",
        "skuTypeName",
        "pickwareType",
        "questionTypeCid1",
        "questionTypeCid1Name",
        "questionTypeCid2",
        "questionTypeCid2Name",
        "platformSrc",
        "platformSrcName",
        "sysVersion",
        "serviceCount",
        "actualPayPrice",
        "approveTime",
        "approvePin",
        "approveName",
        "approveResult",
        "approveResultName",
        "processTime",
        "processPin",
        "processName",
        "processResult",
        "processResultName",
        "expressCode",
        "freightUpdateDate",
        "extJsonStr");

    private static readonly JdCodeNameCache CustomerExpectationNames = new();

    private static readonly JdCodeNameCache StatusNames = new();

    private static readonly JdCodeNameCache OrderTypeNames = new();

    private static readonly JdCodeNameCache WareTypeNames = new();

    private static readonly JdCodeNameCache SkuTypeNames = new();

    private static readonly JdCodeNameCache QuestionTypeCid1Names = new();

    private static readonly JdCodeNameCache QuestionTypeCid2Names = new();

    private static readonly JdCodeNameCache PlatformSourceNames = new();

    private static readonly JdCodeNameCache ApproveResultNames = new();

    private static readonly JdCodeNameCache ProcessResultNames = new();

    /// <summary>The fields of <see cref="ServiceBrief"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<ServiceBrief>
    {
        public static JdPropertyNames Names => FieldNames;

        public static ServiceBrief Create() => new();

        public static void Read(ref Utf8JsonReader reader, ServiceBrief model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.ServiceId = JdValues.Int64(ref reader);
                    break;
                case 1:
                    model.ApplyId = JdValues.NullableInt64(ref reader);
                    break;
                case 2:
                    model.CustomerExpectation = JdValues.IntEnum<CustomerExpectation>(ref reader);
                    break;
                case 3:
                    model.CustomerExpectationName = CustomerExpectationNames.Read(ref reader);
                    break;
                case 4:
                    model.OrderId = JdValues.NullableInt64(ref reader);
                    break;
                case 5:
                    model.Status = JdValues.IntEnum<ServiceStatus>(ref reader);
                    break;
                case 6:
                    model.StatusName = StatusNames.Read(ref reader);
                    break;
                case 7:
                    model.ApplyTime = JdValues.DateTime(ref reader);
                    break;
                case 8:
                    model.UpdateDate = JdValues.DateTime(ref reader);
                    break;
                case 9:
                    model.OrderType = JdValues.NullableInt32(ref reader);
                    break;
                case 10:
                    model.OrderTypeName = OrderTypeNames.Read(ref reader);
                    break;
                case 11:
                    model.CustomerPin = JdValues.String(ref reader);
                    break;
                case 12:
                    model.CustomerName = JdValues.String(ref reader);
                    break;
                case 13:
                    model.CustomerTel = JdValues.String(ref reader);
                    break;
                case 14:
                    model.CustomerGrade = JdValues.NullableInt32(ref reader);
                    break;
                case 15:
                    model.SkuId = JdValues.NullableInt64(ref reader);
                    break;
                case 16:
                    model.WareName = JdValues.String(ref reader);
                    break;
                case 17:
                    model.WareType = JdValues.NullableInt32(ref reader);
                    break;
                case 18:
                    model.WareTypeName = WareTypeNames.Read(ref reader);
                    break;
                case 19:
                    model.SkuType = JdValues.NullableInt32(ref reader);
                    break;
                case 20:
                    model.SkuTypeName = SkuTypeNames.Read(ref reader);
                    break;
                case 21:
                    model.PickwareType = JdValues.NullableIntEnum<PickwareType>(ref reader);
                    break;
                case 22:
                    model.QuestionTypeCid1 = JdValues.NullableInt64(ref reader);
                    break;
                case 23:
                    model.QuestionTypeCid1Name = QuestionTypeCid1Names.Read(ref reader);
                    break;
                case 24:
                    model.QuestionTypeCid2 = JdValues.NullableInt64(ref reader);
                    break;
                case 25:
                    model.QuestionTypeCid2Name = QuestionTypeCid2Names.Read(ref reader);
                    break;
                case 26:
                    model.PlatformSource = JdValues.NullableInt32(ref reader);
                    break;
                case 27:
                    model.PlatformSourceName = PlatformSourceNames.Read(ref reader);
                    break;
                case 28:
                    model.SysVersion = JdValues.NullableInt32(ref reader);
                    break;
                case 29:
                    model.ServiceCount = JdValues.NullableInt32(ref reader);
                    break;
                case 30:
                    model.ActualPayPrice = JdValues.NullableDecimal(ref reader);
                    break;
                case 31:
                    model.ApproveTime = JdValues.DateTime(ref reader);
                    break;
                case 32:
                    model.ApprovePin = JdValues.String(ref reader);
                    break;
                case 33:
                    model.ApproveName = JdValues.String(ref reader);
                    break;
                case 34:
                    model.ApproveResult = JdValues.NullableInt32(ref reader);
                    break;
                case 35:
                    model.ApproveResultName = ApproveResultNames.Read(ref reader);
                    break;
                case 36:
                    model.ProcessTime = JdValues.DateTime(ref reader);
                    break;
                case 37:
                    model.ProcessPin = JdValues.String(ref reader);
                    break;
                case 38:
                    model.ProcessName = JdValues.String(ref reader);
                    break;
                case 39:
                    model.ProcessResult = JdValues.NullableInt32(ref reader);
                    break;
                case 40:
                    model.ProcessResultName = ProcessResultNames.Read(ref reader);
                    break;
                case 41:
                    model.ExpressCode = JdValues.String(ref reader);
                    break;
                case 42:
                    model.FreightUpdateDate = JdValues.DateTime(ref reader);
                    break;
                case 43:
                    model.ExtJson = JdValues.String(ref reader);
                    break;
            }
        }
    }
}
