namespace JdAfterSales.Samples.Worker;

/// <summary>
/// How the worker runs: the <c>Worker</c> section of the configuration (appsettings.json, <c>Worker__Name</c>
/// environment variables, <c>--Worker:Name=value</c> arguments). JD's own settings come from <c>JD_*</c> variables.
/// </summary>
public sealed class WorkerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Worker";

    /// <summary>This worker's name in the log; the machine and process id when not set.</summary>
    public string? Name { get; set; }

    /// <summary>A JSON-lines file to append applied decisions to; in the log only when not set.</summary>
    public string? AuditTrail { get; set; }

    /// <summary>The Redis the instances share (a StackExchange.Redis configuration string).</summary>
    public string Redis { get; set; } = "localhost:6379";

    /// <summary>The prefix of every Redis key; instances that share work share it, apps and environments do not.</summary>
    public string KeyPrefix { get; set; } = "jdaftersales:";

    /// <summary>The shop's id for the token store and the checkpoint; the vender id when not set.</summary>
    public string? ShopId { get; set; }

    /// <summary>Write decisions and complete returns; otherwise read only (what would be done is logged).</summary>
    public bool Apply { get; set; }

    /// <summary>Stop once there is nothing left to do (tests and one-off catch-ups); otherwise run until stopped.</summary>
    public bool RunUntilIdle { get; set; }

    /// <summary>How many idle cycles in a row end a <see cref="RunUntilIdle"/> run.</summary>
    public int IdleCyclesToStop { get; set; } = 2;

    /// <summary>How long to wait after a cycle that found nothing to do.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How far each <c>sync.list</c> window reaches back before the checkpoint, so a change JD lists late, or one in
    /// the same second as the last window's end, is not missed; what was handled is skipped by id and version.
    /// </summary>
    public TimeSpan WindowOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Where the very first window starts, back from now, when the shop has no checkpoint yet.</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The longest window asked for at once, so catching up walks forward in steps.</summary>
    public TimeSpan MaxWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a work-item lease lasts; renewed before every write, expired when a worker dies.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often one of the workers walks every return awaiting receipt (a courier's sign-for does not change the service order, so <c>sync.list</c> does not show it).</summary>
    public TimeSpan ReturnSweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often one of the workers runs the deadline watch.</summary>
    public TimeSpan DeadlineWatchInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the mark "this version of this service order was handled" is kept.</summary>
    public TimeSpan HandledMarkerLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>On shutdown, how long the item in hand may still take before it is abandoned (unleased, picked up again).</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long before expiry an OAuth token is refreshed.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the refresh lease of a shop's token lasts (the other instances wait for the holder's tokens).</summary>
    public TimeSpan TokenRefreshLeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The rules file (the desk's shape); relative paths are under the worker's folder.</summary>
    public string RulesPath { get; set; } = "rules.json";

    /// <summary>Checks every setting, naming the first wrong one.</summary>
    /// <exception cref="JdValidationException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Redis), nameof(Redis), "is required: host:port of the shared Redis.");
        Require(!string.IsNullOrWhiteSpace(KeyPrefix), nameof(KeyPrefix), "is required.");
        Require(IdleCyclesToStop >= 1, nameof(IdleCyclesToStop), "must be at least 1.");
        Positive(PollInterval, nameof(PollInterval));
        Require(WindowOverlap >= TimeSpan.Zero, nameof(WindowOverlap), "must not be negative.");
        Positive(InitialLookback, nameof(InitialLookback));
        Require(MaxWindow > WindowOverlap, nameof(MaxWindow), "must be longer than WindowOverlap, or the checkpoint could never move.");
        Positive(LeaseDuration, nameof(LeaseDuration));
        Positive(ReturnSweepInterval, nameof(ReturnSweepInterval));
        Positive(DeadlineWatchInterval, nameof(DeadlineWatchInterval));
        Require(HandledMarkerLifetime > WindowOverlap, nameof(HandledMarkerLifetime), "must be longer than WindowOverlap.");
        Require(ShutdownGrace >= TimeSpan.Zero, nameof(ShutdownGrace), "must not be negative.");
        Require(TokenRefreshMargin >= TimeSpan.Zero, nameof(TokenRefreshMargin), "must not be negative.");
        Positive(TokenRefreshLeaseDuration, nameof(TokenRefreshLeaseDuration));
        Require(!string.IsNullOrWhiteSpace(RulesPath), nameof(RulesPath), "is required.");
    }

    private static void Positive(TimeSpan value, string name) => Require(value > TimeSpan.Zero, name, "must be positive.");

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new JdValidationException($"{SectionName}:{name}", rule);
        }
    }
}
