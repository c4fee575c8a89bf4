using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// The <c>modifyvenderremark_result</c> object (JD's <c>OperatorResult</c>): snake_case, unlike the
/// <c>apiResult</c> of the order reads.
/// </summary>
internal sealed class VenderRemarkResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("error_code")]
    public string? ErrorCode { get; set; }

    [JsonPropertyName("chinese_err_code")]
    public string? ChineseError { get; set; }

    [JsonPropertyName("english_err_code")]
    public string? EnglishError { get; set; }

    [JsonPropertyName("out_batch_id")]
    public string? OutBatchId { get; set; }

    [JsonPropertyName("sendbatch_id")]
    public string? SendBatchId { get; set; }
}
