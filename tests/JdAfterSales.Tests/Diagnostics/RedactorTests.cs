using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.Diagnostics;

/// <summary>The redactor learns secrets at run time, keeps a bounded number of them, and masks them in any case.</summary>
public sealed class RedactorTests
{
    private const string Configured = "C0nfiguredS3cretC0nfiguredS3cret";

    [Fact]
    public void A_remembered_secret_is_masked_from_then_on_in_any_letter_case()
    {
        var redactor = new JdRedactor([Configured]);
        const string Sign = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
        Assert.Contains(Sign, redactor.Redact("echo " + Sign), StringComparison.Ordinal);

        redactor.Remember(Sign);

        Assert.Equal("echo *** and ***", redactor.Redact("echo " + Sign + " and " + Sign.ToLowerInvariant()));
        Assert.Equal("***", redactor.Redact(Configured.ToUpperInvariant()));
    }

    [Fact]
    public void Short_values_are_never_remembered()
    {
        var redactor = new JdRedactor([]);
        redactor.Remember("19");
        redactor.Remember(null);
        redactor.Remember(string.Empty);

        Assert.Equal("code 19", redactor.Redact("code 19"));
    }

    [Fact]
    public void Only_the_most_recent_secrets_are_kept_and_one_in_use_stays()
    {
        var redactor = new JdRedactor([]);
        const string Token = "InUseT0kenInUseT0kenInUseT0ken00";
        var signs = Enumerable.Range(0, JdRedactor.RecentCapacity + 50).Select(i => $"SIGN{i:D28}").ToList();
        foreach (var sign in signs)
        {
            redactor.Remember(Token);
            redactor.Remember(sign);
        }

        Assert.Equal("***", redactor.Redact(Token));
        Assert.Equal("***", redactor.Redact(signs[^1]));
        Assert.Equal(signs[0], redactor.Redact(signs[0]));
    }

    [Fact]
    public void Remembering_from_many_threads_keeps_the_bound_and_every_recent_secret()
    {
        var recent = new JdRecentSecrets(JdRedactor.RecentCapacity);
        Parallel.For(0, 20_000, i => recent.Remember($"secret-{i:D10}"));

        var kept = recent.Snapshot();
        Assert.Equal(JdRedactor.RecentCapacity, kept.Length);
        Assert.Equal(kept.Length, kept.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_attempt_view_masks_its_own_sign_and_token_whatever_was_remembered_since()
    {
        var redactor = new JdRedactor([Configured]);
        const string Sign = "ATTEMPTSIGNATTEMPTSIGNATTEMPTSIG";
        const string Token = "AttemptT0kenAttemptT0kenAttempt0";
        var view = redactor.ForAttempt(Sign, Token);
        for (var i = 0; i < JdRedactor.RecentCapacity * 2; i++)
        {
            redactor.Remember($"later-sign-{i:D20}");
        }

        Assert.Equal("*** *** *** ***", view.Redact($"{Sign} {Token} {Configured} later-sign-{JdRedactor.RecentCapacity * 2 - 1:D20}"));
        Assert.Equal(Sign, redactor.Redact(Sign));

        // What the view learns goes to the client's redactor: later errors mask it too.
        view.Remember("LearnedThroughTheView0000000000");
        Assert.Equal("***", redactor.Redact("LearnedThroughTheView0000000000"));
    }

    [Fact]
    public void A_secret_that_contains_another_is_masked_whole()
    {
        var redactor = new JdRedactor(["abcdef", "abcdef0123456789"]);
        Assert.Equal("[***]", redactor.Redact("[abcdef0123456789]"));
    }

    [Theory]
    [InlineData("19", "19")]
    [InlineData("66", "66")]
    [InlineData("74", JdErrorLayer.OtherCode)]
    [InlineData("S3cretS3cretS3cretS3cret00000088", JdErrorLayer.OtherCode)]
    public void Gateway_codes_reach_metrics_only_when_JD_publishes_them(string code, string metricCode)
    {
        var redactor = new JdRedactor(["S3cretS3cretS3cretS3cret00000088"]);
        var labels = JdErrorLayer.Of(new JdGatewayException("x", code), redactor);

        Assert.Equal("gateway", labels.Layer);
        Assert.Equal(metricCode, labels.MetricCode);
        Assert.Equal(metricCode, JdErrorLayer.Of(new JdGatewayException("x", code)).Code);
        Assert.Equal(code.Length > 2 ? "***" : code, labels.Code);
    }

    [Fact]
    public void Business_codes_are_redacted_and_cut_for_logs_and_bounded_by_kind_for_metrics()
    {
        var redactor = new JdRedactor(["S3cretS3cretS3cretS3cret00000088"]);
        var echoed = new JdBusinessException("x", new JdBusinessError("S3cretS3cretS3cretS3cret00000088", "m"));
        var overlong = new JdBusinessException("x", new JdBusinessError(new string('E', 5_000), "m"));
        var stale = new JdConcurrencyException("x", new JdBusinessError("ASC_SYS_VERSION_ERROR", "m", JdBusinessErrorKind.StaleVersion), 1);
        var processed = new JdBusinessException("x", new JdBusinessError("E_DONE", "m", JdBusinessErrorKind.AlreadyProcessed));

        Assert.Equal(new JdErrorLabels("business", "***", JdErrorLayer.OtherCode), JdErrorLayer.Of(echoed, redactor));
        Assert.Equal(65, JdErrorLayer.Of(overlong, redactor).Code.Length);
        Assert.Equal(new JdErrorLabels("business", "ASC_SYS_VERSION_ERROR", "stale_version"), JdErrorLayer.Of(stale, redactor));
        Assert.Equal(new JdErrorLabels("business", "E_DONE", "already_processed"), JdErrorLayer.Of(processed, redactor));
    }
}
