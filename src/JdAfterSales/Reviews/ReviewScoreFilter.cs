namespace JdAfterSales.Reviews;

/// <summary>Which reviews to list by rating (<c>score</c> filter).</summary>
public enum ReviewScoreFilter
{
    /// <summary>Every review (0).</summary>
    All = 0,

    /// <summary>Bad reviews (差评, 1).</summary>
    Bad = 1,

    /// <summary>Neutral reviews (中评, 2).</summary>
    Neutral = 2,

    /// <summary>Good reviews (好评, 3).</summary>
    Good = 3,
}
