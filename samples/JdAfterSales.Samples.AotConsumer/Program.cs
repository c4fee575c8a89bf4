using System.Net;
using System.Text;
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Samples.AotConsumer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Options from configuration (the binding source generator), validation, IHttpClientFactory, a typed request
// serialized into JD's signed form, and a recorded answer read into the library's models: all under native AOT.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["JdAfterSales:AppKey"] = "aot-app-key",
        ["JdAfterSales:AppSecret"] = "a0t0app0secret00c0nsumer00000000",
        ["JdAfterSales:AccessToken"] = "aot-access-token",
        ["JdAfterSales:VenderId"] = "10001234",
        ["JdAfterSales:OperatorPin"] = "kefu01",
        ["JdAfterSales:OperatorNick"] = "客服",
        ["JdAfterSales:Retry:MaxRetries"] = "0",
    })
    .Build();

var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "asc.query.list.success.json"));
var sent = new List<string>();
var services = new ServiceCollection();
services.AddJdAfterSales(configuration).ConfigurePrimaryHttpMessageHandler(() => new RecordedAnswerHandler(fixture, sent));
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<JdClient>();

var page = await client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 2 });

var form = sent.Single().Split('&').Select(pair => pair.Split('=', 2)).ToDictionary(
    pair => WebUtility.UrlDecode(pair[0]), pair => WebUtility.UrlDecode(pair[1]), StringComparer.Ordinal);
var problems = new List<string>();
if (form.GetValueOrDefault("method") != JosMethods.AscQueryList)
    problems.Add($"method {form.GetValueOrDefault("method")}");
if (form.GetValueOrDefault("360buy_param_json") is not { } json || !json.Contains("\"pageSize\":2", StringComparison.Ordinal))
    problems.Add($"business parameters {form.GetValueOrDefault("360buy_param_json")}");
if (string.IsNullOrEmpty(form.GetValueOrDefault("sign")))
    problems.Add("no sign");
if (page.Items.Count != 2 || page.TotalCount != 57 || page.Items[0].ServiceId != 1234567890123 || page.Items[0].WareName != "小米电饭煲 3L")
    problems.Add($"page: {page.Items.Count} items of {page.TotalCount}");

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine($"sent {form["method"]} {form["360buy_param_json"]}");
foreach (var service in page.Items)
    Console.WriteLine($"read {service.ServiceId} {service.Status} {service.WareName}");
foreach (var problem in problems)
    Console.Error.WriteLine($"unexpected {problem}");
return problems.Count == 0 ? 0 : 1;
