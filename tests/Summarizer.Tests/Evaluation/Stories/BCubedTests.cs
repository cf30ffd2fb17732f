using Summarizer.Evaluation.Stories;

namespace Summarizer.Evaluation.Tests.Stories;

public sealed class BCubedTests
{
    [Fact]
    public void A_perfect_clustering_scores_one()
    {
        var score = BCubed.Score(["a", "a", "b", null], [0, 0, 1, 2]);

        Assert.Equal((4, 1.0, 1.0, 1.0), (score.Items, score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Hand_computed_example_with_a_distractor_merged_into_an_event()
    {
        // Event a = {0,1,2}, clustered {0,1,3(distractor)} and {2}; event b = {4,5} clustered together.
        var score = BCubed.Score(["a", "a", "a", null, "b", "b"], [0, 0, 1, 0, 2, 2]);

        // Precision: 0,1 → 2/3 each; 2 → 1; 3 → 1/3; 4,5 → 1. Recall: 0,1 → 2/3; 2 → 1/3; 3 → 1; 4,5 → 1.
        Assert.Equal((2.0 / 3 * 2 + 1 + 1.0 / 3 + 2) / 6, score.Precision, 12);
        Assert.Equal((2.0 / 3 * 2 + 1.0 / 3 + 1 + 2) / 6, score.Recall, 12);
        Assert.Equal(2 * score.Precision * score.Recall / (score.Precision + score.Recall), score.F1, 12);
    }

    [Fact]
    public void Distractors_in_one_cluster_cost_precision_but_each_is_its_own_class()
    {
        var merged = BCubed.Score([null, null], [0, 0]);

        Assert.Equal(0.5, merged.Precision);
        Assert.Equal(1.0, merged.Recall);
    }

    [Fact]
    public void Scoring_a_subset_averages_over_it_while_clusters_count_every_item()
    {
        var score = BCubed.Score(["a", "a", null], [0, 0, 0], i => i < 2);

        Assert.Equal(2, score.Items);
        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(1.0, score.Recall);
    }
}
