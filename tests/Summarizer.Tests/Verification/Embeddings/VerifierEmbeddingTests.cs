using Summarizer.Facts;
using Summarizer.Summaries.Extractive;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;
using Summarizer.Verification.Model;

namespace Summarizer.Tests.Verification.Embeddings;

/// <summary>The model costs nothing on the offline path: the extractive engine's summaries are copied sentences.</summary>
public class VerifierEmbeddingTests
{
    [Fact]
    public void The_extractive_engines_summaries_are_verified_without_the_embedding_model()
    {
        var embedder = new WordEmbedder();
        var extractor = new FactExtractor();
        var verifier = new SummaryVerifier(extractor, ScoreModel.Default, embedder);
        for (int seed = 0; seed < 5; seed++)
        {
            var article = Repo.Seed(seed);
            var facts = extractor.Extract(article);
            verifier.Verify(article, facts, new ExtractiveSummaryEngine().Summarize(article, facts));
        }

        Assert.Equal(0, embedder.Texts);
    }

    [Fact]
    public void A_rewritten_summary_is_measured_with_the_model_and_its_score_reads_the_match()
    {
        var embedder = new WordEmbedder();
        var extractor = new FactExtractor();
        var article = Repo.Seed(1);
        var facts = extractor.Extract(article);

        var measured = new SummaryVerifier(extractor, ScoreModel.Default, embedder).AssessText(article, facts, "The talks ended without a deal, officials said.");
        var unmeasured = new SummaryVerifier(extractor, ScoreModel.Default, null).AssessText(article, facts, "The talks ended without a deal, officials said.");

        Assert.True(embedder.Texts > 0);
        Assert.InRange(measured.Features["meanWordMatch"], 0, 1);
        Assert.True(double.IsNaN(unmeasured.Features["meanWordMatch"]));
        Assert.NotEqual(measured.Verdict.Score, unmeasured.Verdict.Score);
    }

    [Fact]
    public void A_feature_not_measured_sits_at_its_training_mean()
    {
        var model = new ScoreModel(["meanWordMatch"], [0.8], [0.1], [2.0], Bias: 0.5);
        var at = (double value) => new ConsistencyFeatures([.. ConsistencyFeatures.Names.Select(n => n == "meanWordMatch" ? value : 0)]);

        Assert.Equal(model.Predict(at(0.8)), model.Predict(at(double.NaN)), 12);
        Assert.True(model.Predict(at(0.9)) > model.Predict(at(double.NaN)));
    }
}
