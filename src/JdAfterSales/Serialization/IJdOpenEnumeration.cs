namespace JdAfterSales.Serialization;

/// <summary>
/// An "open" enumeration: a value JD sends that the library names when it knows it and keeps as it is when it
/// does not, so a new JD status never breaks reading.
/// </summary>
/// <typeparam name="TSelf">The enumeration type.</typeparam>
/// <typeparam name="TValue">The wire value: <see cref="int"/> or <see cref="string"/>.</typeparam>
internal interface IJdOpenEnumeration<TSelf, TValue>
    where TSelf : IJdOpenEnumeration<TSelf, TValue>
    where TValue : notnull
{
    /// <summary>The value as JD sends it.</summary>
    TValue Value { get; }

    /// <summary>Whether the library knows this value.</summary>
    bool IsKnown { get; }

    /// <summary>JD's Chinese name of the value, or <c>null</c> when the library does not know it.</summary>
    string? ChineseName { get; }

    /// <summary>Creates the enumeration value for a wire value, known or not.</summary>
    /// <param name="value">The value as JD sends it.</param>
    /// <returns>The enumeration value.</returns>
    static abstract TSelf FromValue(TValue value);
}
