using System.Globalization;
using System.Text;

namespace JdAfterSales.Testing;

/// <summary>The answers of the faults that replace the normal answer.</summary>
internal static class FaultReplies
{
    public static GatewayReply Build(FakeFault fault, string? method)
    {
        var key = JsonBodies.SuccessKey(method ?? "jingdong.unknown");
        switch (fault.Kind)
        {
            case FakeFaultKind.GatewayError:
                return RouterJsonEndpoint.Error(fault.ErrorCode!);

            case FakeFaultKind.HttpStatus:
                var status = new GatewayReply
                {
                    StatusCode = fault.StatusCode,
                    ContentType = "text/plain;charset=utf-8",
                    Body = Encoding.UTF8.GetBytes($"{fault.StatusCode} fault injected by the fake JD gateway"),
                };
                if (fault.RetryAfter is { } retryAfter)
                {
                    status.Headers["Retry-After"] = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return status;

            case FakeFaultKind.DropConnection:
                return new GatewayReply { StatusCode = 0, ConnectionFault = ConnectionFault.Abort };

            case FakeFaultKind.MalformedJson:
                return new GatewayReply { Body = Encoding.UTF8.GetBytes("{\"" + key + "\":{\"code\":\"0\",\"result\":{\"success\":tru,}") };

            case FakeFaultKind.HtmlErrorPage:
                return new GatewayReply
                {
                    StatusCode = fault.StatusCode,
                    ContentType = "text/html;charset=utf-8",
                    Body = Encoding.UTF8.GetBytes(
                        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>JDWS</center></body></html>"),
                };

            case FakeFaultKind.BusinessError:
                return new GatewayReply { Body = BusinessFailure(method ?? "jingdong.unknown", fault.ErrorCode!, fault.Message ?? "") };

            case FakeFaultKind.OversizedBody:
                // A valid envelope: the padding is JSON whitespace before the closing braces, to exactly BodyBytes bytes.
                var head = Encoding.UTF8.GetBytes("{\"" + key + "\":{\"code\":\"0\"");
                var body = new byte[Math.Max(fault.BodyBytes, head.Length + 2)];
                head.CopyTo(body, 0);
                body.AsSpan(head.Length, body.Length - head.Length - 2).Fill((byte)' ');
                body[^2] = (byte)'}';
                body[^1] = (byte)'}';
                return new GatewayReply { Body = body };

            default:
                throw new InvalidOperationException($"{fault.Kind} does not replace the answer.");
        }
    }

    /// <summary>A failure inside a success envelope, in the shape of the method's family (docs/wire-shapes.md).</summary>
    private static byte[] BusinessFailure(string method, string code, string message) => JsonBodies.Envelope(method, w =>
    {
        if (method.StartsWith("jingdong.asc.", StringComparison.Ordinal))
        {
            var isList = method.EndsWith(".list", StringComparison.Ordinal) && method != "jingdong.asc.audit.reason.list"
                || method == "jingdong.asc.serviceAndRefund.view";
            w.WriteStartObject(isList ? "pageResult" : "result");
            w.WriteBoolean("success", false);
            w.WriteString("code", code);
            w.WriteString("msg", message);
            if (isList)
            {
                w.WriteNumber("totalCount", 0);
            }

            w.WriteEndObject();
        }
        else if (method.StartsWith("jingdong.pop.afs.soa.refundapply.", StringComparison.Ordinal))
        {
            w.WriteStartObject(method.EndsWith(".replyRefund", StringComparison.Ordinal) ? "replyResult" : "queryResult");
            w.WriteBoolean("success", false);
            w.WriteString("errorCode", code);
            w.WriteString("errorMsg", message);
            w.WriteEndObject();
        }
        else if (method == "jingdong.pop.order.modifyVenderRemark")
        {
            w.WriteStartObject("modifyvenderremark_result");
            w.WriteBoolean("success", false);
            w.WriteString("error_code", code);
            w.WriteString("chinese_err_code", message);
            w.WriteEndObject();
        }
        else if (method.StartsWith("jingdong.pop.order.", StringComparison.Ordinal))
        {
            w.WriteStartObject(method == "jingdong.pop.order.search" ? "searchorderinfo_result" : "orderDetailInfo");
            w.WriteStartObject("apiResult");
            w.WriteBoolean("success", false);
            w.WriteString("chineseErrCode", message);
            if (long.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                w.WriteNumber("numberCode", number);
            }
            else
            {
                w.WriteString("englishErrCode", code);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
        else if (method == "jingdong.ldop.receive.trace.get")
        {
            w.WriteStartObject("querytrace_result");
            w.WriteNumber("code", int.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var traceCode) ? traceCode : -1);
            w.WriteString("messsage", message);
            w.WriteEndObject();
        }
        else if (method.Contains("comment", StringComparison.OrdinalIgnoreCase))
        {
            w.WriteString("resultCode", code);
            w.WriteString("resultMsg", message);
        }
        else
        {
            w.WriteStartObject("result");
            w.WriteBoolean("success", false);
            w.WriteString("errorCode", code);
            w.WriteString("message", message);
            w.WriteEndObject();
        }
    });
}
