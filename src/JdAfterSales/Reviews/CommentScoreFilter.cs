namespace JdAfterSales.Reviews;

/// <summary>The score band a comment search asks for (<c>score</c>).</summary>
public enum CommentScoreFilter
{
    /// <summary>Every comment (0).</summary>
    All = 0,

    /// <summary>Bad comments (1).</summary>
    Bad = 1,

    /// <summary>Neutral comments (2).</summary>
    Neutral = 2,

    /// <summary>Good comments (3).</summary>
    Good = 3,
}
