namespace JdAfterSales.Testing;

/// <summary>One node of the two-level after-sales reason tree (问题类型), served by <c>jingdong.asc.audit.reason.list</c>.</summary>
public sealed class FakeQuestionReason
{
    internal FakeQuestionReason(int code, int parentCode, string name)
    {
        Code = code;
        ParentCode = parentCode;
        Name = name;
    }

    /// <summary>Gets the reason code.</summary>
    public int Code { get; }

    /// <summary>Gets the parent's code, 0 for a level-1 reason.</summary>
    public int ParentCode { get; }

    /// <summary>Gets the reason's Chinese name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
