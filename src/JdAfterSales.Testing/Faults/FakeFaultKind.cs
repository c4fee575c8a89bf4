namespace JdAfterSales.Testing;

/// <summary>What a <see cref="FakeFault"/> does to the call it hits.</summary>
public enum FakeFaultKind
{
    /// <summary>Answers HTTP 200 with <c>error_response</c> and the given gateway code, as JD does.</summary>
    GatewayError,

    /// <summary>Answers an HTTP error status (500, 502, 503…), optionally with <c>Retry-After</c>.</summary>
    HttpStatus,

    /// <summary>Waits (real time, server side) and then answers normally.</summary>
    Delay,

    /// <summary>Closes the connection without any response.</summary>
    DropConnection,

    /// <summary>Answers HTTP 200 with a body that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>Announces the full length and sends only the first half of the normal body, then closes the connection.</summary>
    TruncatedBody,

    /// <summary>Answers an HTML error page (<c>text/html</c>), as a proxy in front of JD would.</summary>
    HtmlErrorPage,

    /// <summary>Answers a valid JSON envelope padded to the given number of bytes.</summary>
    OversizedBody,

    /// <summary>The method's own success envelope reporting a business failure (<c>success:false</c>, JD's code and message).</summary>
    BusinessError,
}
