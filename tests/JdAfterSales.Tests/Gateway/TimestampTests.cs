using JdAfterSales.Serialization;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// JD wants Beijing time whatever the host's zone. CI runs this class under TZ=UTC, TZ=America/New_York and
/// TZ=Asia/Shanghai (see .ci/run), and each test also converts through the host's local zone on purpose.
/// </summary>
[Trait("Category", "TimeZone")]
public sealed class TimestampTests
{
    public static TheoryData<string, string> TimestampVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var vector in Vectors.Signing.RootElement.GetProperty("timestamps").EnumerateArray())
        {
            data.Add(vector.GetProperty("utc").GetString()!, vector.GetProperty("chinaStandardTime").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TimestampVectors))]
    public void Timestamp_is_china_standard_time_from_utc(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, JdChinaTime.FormatTimestamp(instant));
    }

    [Theory]
    [MemberData(nameof(TimestampVectors))]
    public void Timestamp_ignores_the_host_time_zone(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var asHostLocal = instant.ToLocalTime();
        var asHostLocalDateTime = new DateTimeOffset(instant.UtcDateTime.ToLocalTime());
        Assert.Equal(expected, JdChinaTime.FormatTimestamp(asHostLocal));
        Assert.Equal(expected, JdChinaTime.FormatTimestamp(asHostLocalDateTime));
    }

    [Theory]
    [MemberData(nameof(TimestampVectors))]
    public async Task Client_sends_the_vector_timestamp_from_its_clock(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var client = TestClients.Create(handler, time: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(instant));

        await client.InvokeRawAsync("jingdong.x", null, JdAfterSales.JdOperationKind.Read);

        Assert.Equal(expected, Assert.Single(handler.Requests).Form["timestamp"]);
    }

    [Fact]
    public void The_process_runs_in_the_zone_TZ_names()
    {
        // Proves the CI matrix really changes the process's zone; without TZ the host's own zone is in force.
        var tz = Environment.GetEnvironmentVariable("TZ");
        var expected = string.IsNullOrEmpty(tz) ? TimeZoneInfo.Local.Id : tz;
        Assert.Equal(expected, TimeZoneInfo.Local.Id);
    }
}
