using System.Globalization;
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Samples.AfterSalesDesk;

// One after-sales desk shift. With no JD_* variables it runs against a seeded fake shop on loopback (and writes to it);
// with JD_APP_KEY, JD_APP_SECRET, JD_ACCESS_TOKEN and JD_VENDER_ID it runs against that shop, read-only unless --apply.
// --reasons prints the shop's audit reason tree (for writing rules.json) and stops; --phones shows the follow-up list's
// phone numbers.
var apply = args.Contains("--apply");
var reasonsOnly = args.Contains("--reasons");
var phones = args.Contains("--phones");
using var http = new HttpClient();
// Tables go to stdout, plain when redirected (a CI log gets no ANSI codes); live progress to stderr when it is a terminal.
var console = DeskConsole.ForStandardOutput();
var progress = DeskConsole.ForProgress() is { } progressConsole ? new DeskProgress(progressConsole) : null;
var env = (string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

if (env("JD_APP_KEY") is { } appKey && env("JD_APP_SECRET") is { } appSecret && env("JD_ACCESS_TOKEN") is { } token && env("JD_VENDER_ID") is { } venderId)
{
    var gateway = env("JD_GATEWAY_URL") is { } url ? new Uri(url) : JdGateways.Production;
    var client = new JdClient(http, new JdClientOptions
    {
        AppKey = appKey, AppSecret = appSecret, AccessToken = token, VenderId = venderId, Gateway = gateway,
        OperatorPin = env("JD_OPERATOR_PIN") ?? "desk-automation", OperatorNick = env("JD_OPERATOR_NICK") ?? "售后助手",
    });
    return reasonsOnly
        ? await PrintReasonsAsync(client)
        : await RunAsync(new DeskShiftOptions
        {
            Client = client,
            Target = $"{gateway.GetLeftPart(UriPartial.Path)} (shop {venderId})",
            Apply = apply,
            Automation = new AutomationOptions { LogisticsCustomerCode = env("JD_LOGISTICS_CUSTOMER_CODE"), ReturnAddress = ReturnAddress(env) },
            Progress = progress,
            IncludePhoneNumbers = phones,
        });
}

// The demo: a seeded fake shop anchored now, so deadlines look live; a few returns are signed for so there is work.
await using var fake = DeskShift.StartDemoGateway(TimeProvider.System.GetUtcNow());
if (reasonsOnly)
{
    return await PrintReasonsAsync(DeskShift.DemoClient(fake, http));
}

DeskShift.SignSomeReturns(fake);
return await RunAsync(new DeskShiftOptions
{
    Client = DeskShift.DemoClient(fake, http),
    Target = $"the fake JD gateway at {fake.RouterJsonUri} (seed {DeskShift.Seed}, {fake.Data})",
    Apply = true,
    Automation = DeskShift.DemoAutomation,
    Progress = progress,
    IncludePhoneNumbers = phones,
});

// A failed call ends the shift with JD's answer (the exceptions never carry the secret, the token or the sign). A rules
// file that does not fit the shop skips only the rule step: the shift runs on and the exit code says so at the end.
async Task<int> RunAsync(DeskShiftOptions options)
{
    try
    {
        var result = await DeskShift.RunAsync(options, console);
        return result.RuleProblems.Count > 0 ? 2 : 0;
    }
    catch (JdException e)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine($"The shift stopped: {e.GetType().Name}: {e.Message}");
        return 1;
    }
}

async Task<int> PrintReasonsAsync(JdClient client)
{
    try
    {
        await ReasonTree.PrintAsync(client, console);
        return 0;
    }
    catch (JdException e)
    {
        Console.Error.WriteLine($"The reason tree could not be read: {e.GetType().Name}: {e.Message}");
        return 1;
    }
}

// The shop's return address for approvals: JD_RETURN_CONTACT, JD_RETURN_TEL, JD_RETURN_ZIPCODE, JD_RETURN_AREA
// ("province,city,county" JD area codes) and JD_RETURN_ADDRESS; without all of them, approvals are not applied.
static AscContactAddress? ReturnAddress(Func<string, string?> env)
{
    var area = env("JD_RETURN_AREA")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    if (env("JD_RETURN_CONTACT") is not { } contact || env("JD_RETURN_TEL") is not { } tel || env("JD_RETURN_ADDRESS") is not { } detail
        || area is not { Length: 3 } || !area.All(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
    {
        return null;
    }

    return new AscContactAddress
    {
        ContactName = contact, ContactTel = tel, Zipcode = env("JD_RETURN_ZIPCODE"), DetailAddress = detail,
        Province = int.Parse(area[0], CultureInfo.InvariantCulture), City = int.Parse(area[1], CultureInfo.InvariantCulture),
        County = int.Parse(area[2], CultureInfo.InvariantCulture),
    };
}
