namespace JdAfterSales;

/// <summary>The addresses of JD's routerjson gateways.</summary>
public static class JdGateways
{
    /// <summary>Production: <c>https://api.jd.com/routerjson</c>.</summary>
    public static Uri Production { get; } = new("https://api.jd.com/routerjson");

    /// <summary>JD's pre-release environment: <c>https://api-dev.jd.com/routerjson</c>.</summary>
    public static Uri PreRelease { get; } = new("https://api-dev.jd.com/routerjson");
}
