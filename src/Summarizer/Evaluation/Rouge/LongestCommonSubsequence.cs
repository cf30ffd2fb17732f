using System.Buffers;

namespace Summarizer.Evaluation.Rouge;

/// <summary>
/// LCS primitives over token ids, following rouge-score's <c>_lcs_table</c>, <c>_backtrack_norec</c>,
/// <c>_union_lcs</c> and <c>_summary_level_lcs</c> (including which of several longest subsequences is read out,
/// which matters for the union).
/// </summary>
internal static class LongestCommonSubsequence
{
    /// <summary>Length of the LCS of <paramref name="a"/> and <paramref name="b"/>; O(|a|·|b|) time, O(min) memory.</summary>
    public static int Length(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (b.Length == 0)
        {
            return 0;
        }

        var rented = ArrayPool<int>.Shared.Rent(2 * (b.Length + 1));
        try
        {
            var prev = rented.AsSpan(0, b.Length + 1);
            var curr = rented.AsSpan(b.Length + 1, b.Length + 1);
            prev.Clear();
            curr[0] = 0;
            for (var i = 0; i < a.Length; i++)
            {
                var ai = a[i];
                for (var j = 1; j <= b.Length; j++)
                {
                    if (ai == b[j - 1])
                    {
                        curr[j] = prev[j - 1] + 1;
                    }
                    else
                    {
                        var up = prev[j];
                        var left = curr[j - 1];
                        curr[j] = up > left ? up : left;
                    }
                }

                var swap = prev;
                prev = curr;
                curr = swap;
            }

            return prev[b.Length];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Marks in <paramref name="refMarks"/> the reference positions of one LCS of <paramref name="reference"/> and
    /// <paramref name="candidate"/>, read out exactly as rouge-score's <c>_backtrack_norec</c> does.
    /// <paramref name="table"/> must hold at least (|ref|+1)·(|cand|+1) ints.
    /// </summary>
    public static void MarkLcs(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, Span<int> table, Span<bool> refMarks)
    {
        var rows = reference.Length;
        var cols = candidate.Length;
        if (rows == 0 || cols == 0)
        {
            return;
        }

        var width = cols + 1;
        table[..width].Clear();
        for (var i = 1; i <= rows; i++)
        {
            var row = i * width;
            var up = row - width;
            table[row] = 0;
            var ri = reference[i - 1];
            for (var j = 1; j <= cols; j++)
            {
                if (ri == candidate[j - 1])
                {
                    table[row + j] = table[up + j - 1] + 1;
                }
                else
                {
                    var a = table[up + j];
                    var b = table[row + j - 1];
                    table[row + j] = a > b ? a : b;
                }
            }
        }

        int x = rows, y = cols;
        while (x > 0 && y > 0)
        {
            if (reference[x - 1] == candidate[y - 1])
            {
                refMarks[x - 1] = true;
                x--;
                y--;
            }
            else if (table[x * width + y - 1] > table[(x - 1) * width + y])
            {
                y--;
            }
            else
            {
                x--;
            }
        }
    }

    /// <summary>Indices into <paramref name="reference"/> of the union of one LCS with each candidate sentence, ascending.</summary>
    public static int[] UnionLcsIndices(int[] reference, IReadOnlyList<int[]> candidates)
    {
        var maxCols = 0;
        foreach (var c in candidates)
        {
            maxCols = Math.Max(maxCols, c.Length);
        }

        var table = new int[(reference.Length + 1) * (maxCols + 1)];
        var marks = new bool[reference.Length];
        foreach (var c in candidates)
        {
            MarkLcs(reference, c, table, marks);
        }

        var result = new List<int>();
        for (var i = 0; i < marks.Length; i++)
        {
            if (marks[i])
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Summary-level LCS score (rouge-score's <c>_summary_level_lcs</c>): for each reference sentence, the union LCS
    /// against all candidate sentences; each union token counts as a hit only while it has unused occurrences in both
    /// the whole reference and the whole candidate. Token ids must be in [0, <paramref name="vocabularySize"/>).
    /// </summary>
    public static RougeScore SummaryLevel(IReadOnlyList<int[]> referenceSentences, IReadOnlyList<int[]> candidateSentences, int vocabularySize)
    {
        var m = 0;
        var n = 0;
        var maxRef = 0;
        var maxCand = 0;
        foreach (var s in referenceSentences)
        {
            m += s.Length;
            maxRef = Math.Max(maxRef, s.Length);
        }

        foreach (var s in candidateSentences)
        {
            n += s.Length;
            maxCand = Math.Max(maxCand, s.Length);
        }

        if (m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var refCounts = new int[vocabularySize];
        var candCounts = new int[vocabularySize];
        foreach (var s in referenceSentences)
        {
            foreach (var t in s)
            {
                refCounts[t]++;
            }
        }

        foreach (var s in candidateSentences)
        {
            foreach (var t in s)
            {
                candCounts[t]++;
            }
        }

        var tableSize = (maxRef + 1) * (maxCand + 1);
        var table = ArrayPool<int>.Shared.Rent(tableSize);
        var marks = ArrayPool<bool>.Shared.Rent(maxRef);
        try
        {
            var hits = 0;
            foreach (var r in referenceSentences)
            {
                if (r.Length == 0)
                {
                    continue;
                }

                var mark = marks.AsSpan(0, r.Length);
                mark.Clear();
                foreach (var c in candidateSentences)
                {
                    MarkLcs(r, c, table, mark);
                }

                for (var i = 0; i < r.Length; i++)
                {
                    if (!mark[i])
                    {
                        continue;
                    }

                    var t = r[i];
                    if (candCounts[t] > 0 && refCounts[t] > 0)
                    {
                        hits++;
                        candCounts[t]--;
                        refCounts[t]--;
                    }
                }
            }

            return RougeScore.FromPrecisionRecall((double)hits / n, (double)hits / m);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<bool>.Shared.Return(marks);
        }
    }
}
