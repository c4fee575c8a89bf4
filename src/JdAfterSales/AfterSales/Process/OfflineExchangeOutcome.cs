namespace JdAfterSales.AfterSales;

/// <summary>What an offline exchange came to (<c>opFlag</c> of <c>jingdong.asc.process.offline.change</c>).</summary>
public enum OfflineExchangeOutcome
{
    /// <summary>线下换新 — The shop shipped the new item itself (<c>opFlag</c> 1).</summary>
    Exchanged = 1,

    /// <summary>线下换新未解决 — The offline exchange did not resolve the case (<c>opFlag</c> 2).</summary>
    Unresolved = 2,
}
