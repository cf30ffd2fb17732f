namespace Summarizer.Verification.Alignment;

/// <summary>Whether two words stand close together in an article, from their ascending token positions.</summary>
internal static class PositionProximity
{
    /// <summary>
    /// True when some position of <paramref name="x"/> is within <paramref name="reach"/> of one of <paramref name="y"/>
    /// (both ascending, walked once); with <paramref name="distinct"/>, a position shared by both does not count.
    /// </summary>
    public static bool AnyWithin(IReadOnlyList<int> x, IReadOnlyList<int> y, int reach, bool distinct = false)
    {
        int i = 0, j = 0;
        while (i < x.Count && j < y.Count)
        {
            if (Math.Abs(x[i] - y[j]) <= reach && !(distinct && x[i] == y[j])) return true;
            if (x[i] < y[j]) i++; else j++;
        }
        return false;
    }
}
