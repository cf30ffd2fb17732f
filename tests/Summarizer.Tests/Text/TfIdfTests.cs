using Summarizer.Text;

namespace Summarizer.Tests.Text;

public sealed class TfIdfTests
{
    private static readonly string[] Documents =
    [
        "council approves budget for new library and park",
        "the council budget cuts library hours",
        "striker scores twice as united win the cup final",
        "united lose the final after the striker is sent off",
        "river states sign a water treaty in geneva",
        "",
        "park library budget council council",
    ];

    private static TfIdf Build() => TfIdf.Build(Documents.Select(d => (IReadOnlyList<string>)d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList());

    [Fact]
    public void A_row_summed_over_the_index_equals_every_pairwise_cosine_exactly()
    {
        var tfIdf = Build();
        int n = tfIdf.Count;
        for (int i = 0; i < n; i++)
        {
            var row = new double[n];
            tfIdf.AddCosines(i, row);
            for (int j = 0; j < n; j++)
                if (j != i) Assert.Equal(tfIdf.Cosine(i, j), row[j]);
        }
    }

    [Fact]
    public void Documents_sharing_no_word_have_no_similarity_and_shared_words_some()
    {
        var tfIdf = Build();
        var row = new double[tfIdf.Count];

        tfIdf.AddCosines(0, row);

        Assert.True(row[1] > 0);
        Assert.True(row[6] > row[1]);
        Assert.Equal(0, row[2]);
        Assert.Equal(0, row[5]);
    }
}
