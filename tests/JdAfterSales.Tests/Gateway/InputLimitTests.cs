using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>Inputs far outside anything JD takes: refused with a typed error naming the field, or handled; never a crash.</summary>
public sealed class InputLimitTests
{
    private static readonly string HugeMethod = "jingdong." + new string('a', 3_000_000);

    [Fact]
    public async Task A_three_million_character_raw_method_is_a_validation_error_and_nothing_is_sent()
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.InvokeRawAsync(HugeMethod, null, JdOperationKind.Read));

        Assert.Equal("method", error.Field);
        Assert.Contains("128", error.Rule, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400);
        Assert.Empty(handler.Requests);
    }

    /// <summary>Typed requests carry fixed names, but the transport must not trust that: it builds the body from pooled memory, not the stack.</summary>
    [Fact]
    public async Task The_transport_sends_a_three_million_character_method_without_overflowing_the_stack()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var options = TestClients.Options();
        var transport = new RouterJsonTransport(() => new HttpClient(handler), options, new FakeTimeProvider(TestClients.VectorInstant), new JdRedactor([options.AppSecret]));

        await transport.SendAttemptAsync(HugeMethod, "{}"u8.ToArray(), null, JdAfterSales.Serialization.JdJsonContext.Default.JdRawPayload, CancellationToken.None);

        Assert.Equal(HugeMethod, Assert.Single(handler.Requests).Form["method"]);
    }

    [Theory]
    [InlineData("jingdong.asc.query.list")]
    [InlineData("jingdong.getThirdTrace")]
    [InlineData("jingdong.pop.PopCommentJsfService.getVenderCommentsForJos")]
    [InlineData("jingdong.pop.afs.soa.refundapply.queryPageList")]
    [InlineData("jd.union.open.goods.query")]
    [InlineData("biz_x.y_2")]
    public void Real_JOS_method_names_are_valid(string method)
    {
        Assert.True(JosMethodName.IsValid(method));
        JosMethodName.Validate(method, "method");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jingdong")]
    [InlineData(".jingdong.x")]
    [InlineData("jingdong.x.")]
    [InlineData("jingdong..x")]
    [InlineData("jingdong.asc-query")]
    [InlineData("jingdong.asc query")]
    [InlineData("jingdong.测试")]
    public void Malformed_method_names_are_validation_errors_naming_the_field(string? method)
    {
        Assert.False(JosMethodName.IsValid(method));
        var error = Assert.Throws<JdValidationException>(() => JosMethodName.Validate(method, "request.Method"));
        Assert.Equal("request.Method", error.Field);
    }

    [Fact]
    public void A_method_name_of_exactly_128_characters_is_the_longest_accepted()
    {
        var longest = "jingdong." + new string('x', JosMethodName.MaxLength - "jingdong.".Length);
        Assert.True(JosMethodName.IsValid(longest));
        Assert.False(JosMethodName.IsValid(longest + "x"));
    }

    [Fact]
    public async Task Raw_parameters_nested_past_a_thousand_levels_are_a_validation_error()
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.InvokeRawAsync("jingdong.x", Nested(1_001), JdOperationKind.Read));

        Assert.Equal("parameters", error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Raw_parameters_nest_up_to_64_levels()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var client = TestClients.Create(handler);

        await client.InvokeRawAsync("jingdong.x", Nested(JsonNestingLimit.MaxDepth), JdOperationKind.Read);
        await Assert.ThrowsAsync<JdValidationException>(() => client.InvokeRawAsync("jingdong.x", Nested(JsonNestingLimit.MaxDepth + 1), JdOperationKind.Read));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public void Arrays_count_as_levels_and_a_million_levels_are_measured_without_recursion()
    {
        var array = new JsonArray(new JsonArray(new JsonObject { ["k"] = new JsonArray(1, 2) }));
        Assert.False(JsonNestingLimit.Exceeds(array, 4));
        Assert.True(JsonNestingLimit.Exceeds(array, 3));
        Assert.False(JsonNestingLimit.Exceeds(null, 1));
        Assert.False(JsonNestingLimit.Exceeds(JsonValue.Create(1), 0));

        Assert.True(JsonNestingLimit.Exceeds(Nested(1_000_000), JsonNestingLimit.MaxDepth));
    }

    [Fact]
    public async Task A_huge_declared_length_under_the_largest_cap_allocates_only_what_arrives()
    {
        var body = """{"jingdong_x_responce":{"code":"0"}}"""u8.ToArray();
        var handler = new StubHandler((_, _) =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentLength = JdClientOptions.MaxResponseBytesLimit - 1;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });
        var options = TestClients.Options();
        options.MaxResponseBytes = JdClientOptions.MaxResponseBytesLimit;
        var client = TestClients.Create(handler, options);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated} bytes allocated for a {body.Length}-byte answer");
    }

    /// <summary>The transport itself, without the options' bound, takes int.MaxValue as the cap and a lying header.</summary>
    [Fact]
    public async Task The_transport_reads_with_an_int_MaxValue_cap_and_an_int_MaxValue_content_length()
    {
        var handler = new StubHandler((_, _) =>
        {
            var content = new ByteArrayContent("""{"jingdong_x_responce":{"code":"0","v":7}}"""u8.ToArray());
            content.Headers.ContentLength = int.MaxValue;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });
        var options = TestClients.Options();
        options.MaxResponseBytes = int.MaxValue;
        var transport = new RouterJsonTransport(() => new HttpClient(handler), options, new FakeTimeProvider(TestClients.VectorInstant), new JdRedactor([options.AppSecret]));

        var payload = await transport.SendAttemptAsync("jingdong.x", "{}"u8.ToArray(), null, JdAfterSales.Serialization.JdJsonContext.Default.JdRawPayload, CancellationToken.None);

        Assert.Equal(7, payload.Element.GetProperty("v").GetInt32());
    }

    /// <summary>Built from the innermost object out: attaching a child checks its new parent's ancestors, none yet.</summary>
    private static JsonObject Nested(int depth)
    {
        var node = new JsonObject();
        for (var level = 1; level < depth; level++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }
}
