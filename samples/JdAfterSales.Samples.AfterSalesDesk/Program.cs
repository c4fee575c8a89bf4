using JdAfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Samples.AfterSalesDesk;

// One after-sales desk shift. With no JD_* variables it runs against a seeded fake shop on loopback (and writes to it);
// with JD_APP_KEY, JD_APP_SECRET, JD_ACCESS_TOKEN and JD_VENDER_ID it runs against that shop, read-only unless --apply.
var apply = args.Contains("--apply");
using var http = new HttpClient();
var progress = Console.IsErrorRedirected ? (Action<string>?)null : line => Console.Error.Write($"\r  … {line}        \r");
var env = (string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

if (env("JD_APP_KEY") is { } appKey && env("JD_APP_SECRET") is { } appSecret && env("JD_ACCESS_TOKEN") is { } token && env("JD_VENDER_ID") is { } venderId)
{
    var gateway = env("JD_GATEWAY_URL") is { } url ? new Uri(url) : JdGateways.Production;
    var client = new JdClient(http, new JdClientOptions
    {
        AppKey = appKey, AppSecret = appSecret, AccessToken = token, VenderId = venderId, Gateway = gateway,
        OperatorPin = env("JD_OPERATOR_PIN") ?? "desk-automation", OperatorNick = env("JD_OPERATOR_NICK") ?? "售后助手",
    });
    await DeskShift.RunAsync(new DeskShiftOptions
    {
        Client = client,
        Target = $"{gateway.GetLeftPart(UriPartial.Path)} (shop {venderId})",
        Apply = apply,
        Automation = new AutomationOptions { LogisticsCustomerCode = env("JD_LOGISTICS_CUSTOMER_CODE"), ReturnAddress = null },
        Progress = progress,
    }, Console.Out);
    return;
}

// The demo: a seeded fake shop anchored now, so deadlines look live; a few returns are signed for so there is work.
await using var fake = DeskShift.StartDemoGateway(DateTimeOffset.UtcNow);
DeskShift.SignSomeReturns(fake);
await DeskShift.RunAsync(new DeskShiftOptions
{
    Client = DeskShift.DemoClient(fake, http),
    Target = $"the fake JD gateway at {fake.RouterJsonUri} (seed {DeskShift.Seed}, {fake.Data})",
    Apply = true,
    Automation = DeskShift.DemoAutomation,
    Progress = progress,
}, Console.Out);
