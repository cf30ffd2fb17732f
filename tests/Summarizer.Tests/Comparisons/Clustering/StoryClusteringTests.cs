using Microsoft.Extensions.Options;
using Summarizer.Comparisons;
using Summarizer.Facts;
using Summarizer.Comparisons.Clustering;
using Summarizer.Comparisons.Quantities;

namespace Summarizer.Tests.Comparisons.Clustering;

public sealed class StoryClusteringTests
{
    private static readonly string[] Water =
    [
        "Leaders met in Geneva on Monday to discuss the water treaty for the Rhine basin. Officials said the alliance of river states signed the treaty after long talks about dams and drought.",
        "A water treaty for the Rhine basin was debated in Geneva this week. Diplomats said the river states of the alliance signed it, ending talks on dams and drought.",
        "Geneva hosted talks on Rhine water rights. The alliance of river states agreed a treaty on dams, drought and shared water.",
    ];

    private static readonly string[] Football =
    [
        "Riverside United beat Northgate 3-1 in the cup final at Hillview Stadium. Striker Tomas Reyes scored twice before a crowd of fans.",
        "Northgate lost the cup final to Riverside United at Hillview Stadium, where Reyes scored two goals and the fans sang.",
    ];

    private static readonly string[] Wildfire =
    [
        "A wildfire near Pine Hollow forced residents to evacuate as firefighters battled flames fanned by strong winds.",
        "Firefighters fought a wildfire spreading near Pine Hollow, and residents were ordered to evacuate as winds grew.",
    ];

    private static List<ComparisonInput> Inputs(IEnumerable<string> texts) =>
        texts.Select((t, i) => TestArticles.Make(t, $"Outlet {i}")).Select(a => new ComparisonInput(a, FactSheet.Empty(a.Id))).ToList();

    private static HashSet<string> Members(ComparisonRun run, IEnumerable<ComparisonInput> of) =>
        run.Stories.Single(s => s.ArticleIds.Contains(of.First().Article.Id)).ArticleIds.ToHashSet();

    [Fact]
    public void Articles_of_three_stories_fall_into_three_stories()
    {
        var inputs = Inputs([Water[0], Football[0], Wildfire[0], Water[1], Football[1], Water[2], Wildfire[1]]);

        var run = new StoryComparer().CompareRun(inputs);

        Assert.Equal(3, run.Stories.Count);
        Assert.Equal(new[] { 0, 3, 5 }.Select(i => inputs[i].Article.Id).ToHashSet(), Members(run, [inputs[0]]));
        Assert.Equal(new[] { 1, 4 }.Select(i => inputs[i].Article.Id).ToHashSet(), Members(run, [inputs[1]]));
        Assert.Equal(new[] { 2, 6 }.Select(i => inputs[i].Article.Id).ToHashSet(), Members(run, [inputs[2]]));
        Assert.Equal(3, run.Comparisons.Count);
    }

    [Fact]
    public void An_unrelated_article_is_a_story_of_its_own_without_a_comparison()
    {
        var inputs = Inputs([Water[0], Water[1], Football[0]]);

        var run = new StoryComparer().CompareRun(inputs);

        Assert.Equal(2, run.Stories.Count);
        Assert.Equal([inputs[2].Article.Id], Members(run, [inputs[2]]));
        var comparison = Assert.Single(run.Comparisons);
        Assert.DoesNotContain(comparison.Articles, a => a.Id == inputs[2].Article.Id);
    }

    [Fact]
    public void Story_ids_do_not_depend_on_input_order()
    {
        var inputs = Inputs([Water[0], Football[0], Water[1], Football[1]]);

        var forward = new StoryComparer().CompareRun(inputs).Stories.Select(s => s.Id).Order().ToList();
        var backward = new StoryComparer().CompareRun(inputs.AsEnumerable().Reverse().ToList()).Stories.Select(s => s.Id).Order().ToList();

        Assert.Equal(forward, backward);
        Assert.Equal(2, forward.Distinct().Count());
        Assert.NotEqual(Story.IdFor(["a", "b"]), Story.IdFor(["a", "c"]));
    }

    [Fact]
    public void The_threshold_comes_from_options()
    {
        var inputs = Inputs([Water[0], Water[1], Water[2]]);
        var strict = new StoryComparer(Options.Create(new ComparisonOptions { ClusterThreshold = 1.01 }));

        Assert.Single(new StoryComparer().CompareRun(inputs).Stories);
        Assert.Equal(3, strict.CompareRun(inputs).Stories.Count);
    }

    [Fact]
    public void Without_sentence_embeddings_the_words_alone_still_separate_the_stories()
    {
        var inputs = Inputs([Water[0], Football[0], Water[1], Football[1], Wildfire[0], Wildfire[1]]);
        var lexical = new StoryComparer(Options.Create(new ComparisonOptions { UseSentenceEmbeddings = false }));

        var run = lexical.CompareRun(inputs);

        Assert.Equal(3, run.Stories.Count);
        Assert.Equal(new[] { 0, 2 }.Select(i => inputs[i].Article.Id).ToHashSet(), Members(run, [inputs[0]]));
    }

    [Fact]
    public void Nearest_neighbour_chain_gives_the_groups_of_plain_average_linkage()
    {
        // Random similarities with planted groups: the fast clustering must stop where the textbook one does.
        var random = new Random(7);
        const int n = 60;
        var similarity = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                similarity[i, j] = similarity[j, i] = random.NextDouble() * 0.3 + (i / 6 == j / 6 ? 0.3 : 0);

        foreach (double threshold in new[] { 0.2, 0.35, 0.45 })
        {
            var fast = StoryClusterer.Cluster(n, (i, j) => similarity[i, j], threshold);
            var plain = PlainAverageLinkage(similarity, threshold);
            Assert.Equal(plain.Select(g => string.Join(',', g)).Order(), fast.Select(g => string.Join(',', g)).Order());
        }
    }

    // The cubic textbook algorithm: repeatedly merge the two groups of highest mean pairwise similarity.
    private static List<List<int>> PlainAverageLinkage(double[,] similarity, double threshold)
    {
        var groups = Enumerable.Range(0, similarity.GetLength(0)).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            (int A, int B, double Score) best = (-1, -1, double.NegativeInfinity);
            for (int a = 0; a < groups.Count; a++)
                for (int b = a + 1; b < groups.Count; b++)
                {
                    double mean = groups[a].SelectMany(x => groups[b].Select(y => similarity[x, y])).Average();
                    if (mean > best.Score) best = (a, b, mean);
                }
            if (best.A < 0 || best.Score < threshold) return groups.Select(g => g.Order().ToList()).ToList();
            groups[best.A].AddRange(groups[best.B]);
            groups.RemoveAt(best.B);
        }
    }

    [Fact]
    public void No_articles_or_one_article_give_no_comparison()
    {
        Assert.Empty(new StoryComparer().CompareRun(new List<ComparisonInput>()).Stories);
        var one = new StoryComparer().CompareRun(Inputs([Water[0]]));
        Assert.Single(one.Stories);
        Assert.Empty(one.Comparisons);
    }

    [Fact]
    public void The_same_article_read_twice_is_one_source()
    {
        var inputs = Inputs([Water[0], Water[0], Water[1]]);

        var run = new StoryComparer().CompareRun(inputs);

        Assert.Equal(2, Assert.Single(run.Comparisons).Articles.Count);
    }
}
