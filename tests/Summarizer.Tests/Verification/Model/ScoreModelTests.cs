using Summarizer.Verification.Model;

namespace Summarizer.Tests.Verification.Model;

public class ScoreModelTests
{
    [Fact]
    public void A_copy_with_other_members_derives_its_version_and_terms_afresh()
    {
        var model = new ScoreModel(["novelContentShare"], [0.5], [0.25], [-2.0], 0.0);
        var features = new ConsistencyFeatures([.. ConsistencyFeatures.Names.Select(n => n == "novelContentShare" ? 0.5 : 0.0)]);
        // Both caches filled before the copy is made.
        string version = model.Version;
        Assert.Equal(0.5, model.Predict(features), 6);

        var shifted = model with { Bias = 1.0 };
        var other = model with { Features = ["novelNames"] };

        Assert.NotEqual(version, shifted.Version);
        Assert.Equal(1 / (1 + Math.Exp(-1.0)), shifted.Predict(features), 6);
        // novelNames is 0 here, 0.5 below its mean: the term now read is the new feature's.
        Assert.Equal(1 / (1 + Math.Exp(-(-2.0 * (0 - 0.5) / 0.25))), other.Predict(features), 6);
        Assert.Equal(version, model.Version);
    }
}
