using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>The IAsyncEnumerable walkers over JD's numbered pages.</summary>
public sealed class AscWalkTests
{
    [Fact]
    public async Task Walking_2000_service_orders_yields_each_exactly_once_when_a_page_overlaps_the_previous()
    {
        // 2,000 service orders newest first, 50 to a page. Before page 21 is served a new order lands at the head,
        // so page 21 starts with the last order of page 20 and the last original order moves to page 41.
        var list = Enumerable.Range(1, 2000).Select(i => 5_000_000_000L + i).ToList();
        var pagesServed = new List<int>();
        var handler = new StubHandler(async (request, token) =>
        {
            var body = FormDecoding.Decode(await request.Content!.ReadAsStringAsync(token));
            var parameters = JsonNode.Parse(body["360buy_param_json"])!;
            var pageNumber = (int)parameters["pageNumber"]!;
            var pageSize = (int)parameters["pageSize"]!;
            pagesServed.Add(pageNumber);
            if (pageNumber == 21)
            {
                list.Insert(0, 9_000_000_000L);
            }

            var items = list.Skip((pageNumber - 1) * pageSize).Take(pageSize)
                .Select(id => $$$$"""{"serviceId":{{{{id}}}},"customerExpect":10,"serviceStatus":10001,"sysVersion":1}""");
            var json = $$$$"""
                {"jingdong_asc_query_list_responce":{"code":"0","pageResult":{"success":true,"code":"0","msg":"成功",
                "pageNumber":{{{{pageNumber}}}},"pageSize":{{{{pageSize}}}},"totalCount":{{{{list.Count}}}},"data":[{{{{string.Join(",", items)}}}}]}}}
                """;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) };
        });
        var client = TestClients.Create(handler, AscKit.Options());

        var walked = new List<long>();
        await foreach (var service in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { PageSize = 50 }))
        {
            walked.Add(service.ServiceId);
        }

        Assert.Equal(2000, walked.Count);
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => 5_000_000_000L + i), walked);
        Assert.Equal(Enumerable.Range(1, 41), pagesServed);
    }

    [Fact]
    public async Task A_walk_refuses_an_oversized_page_before_sending()
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options());

        var error = await Assert.ThrowsAsync<JdValidationException>(async () =>
        {
            await foreach (var _ in client.AfterSales.ListAllPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 51 }))
            {
            }
        });

        Assert.Equal("pageSize", error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_walk_stops_after_the_last_page_jd_reports()
    {
        var handler = StubHandler.Bytes(AscKit.Fixture("asc.audit.list.success.json"));
        var client = TestClients.Create(handler, AscKit.Options());

        var items = new List<PendingAudit>();
        await foreach (var item in client.AfterSales.ListAllPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 10 }))
        {
            items.Add(item);
        }

        Assert.Equal(987654321L, Assert.Single(items).ApplyId);
        Assert.Single(handler.Requests);
    }
}
