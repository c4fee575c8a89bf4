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
}
