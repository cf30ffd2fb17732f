using Summarizer.Verification.Model;

namespace Summarizer.Tests.Verification.Model;

public class FeatureTermTests
{
    private static double[] Values(params (string Name, double Value)[] set) =>
        [.. ConsistencyFeatures.Names.Select(n => set.FirstOrDefault(s => s.Name == n) is { Name: not null } hit ? hit.Value : 0.5)];

    [Fact]
    public void A_product_term_multiplies_its_two_features()
    {
        var values = Values(("novelContentShare", 0.2), (ConsistencyFeatures.CopyStyle, 3));

        Assert.Equal(0.2, FeatureTerm.Of("novelContentShare").ValueIn(values), 9);
        Assert.Equal(0.6, FeatureTerm.Of("novelContentShare*" + ConsistencyFeatures.CopyStyle).ValueIn(values), 9);
    }

    [Fact]
    public void Every_interaction_names_two_known_features_and_an_unknown_name_is_refused()
    {
        Assert.All(ConsistencyFeatures.Interactions, name => Assert.True(FeatureTerm.Of(name).Second >= 0, name));
        Assert.Throws<ArgumentException>(() => FeatureTerm.Of("noSuchFeature*fragmentDensity"));
        Assert.Throws<ArgumentException>(() => FeatureTerm.Of("a*b*c"));
    }

    [Fact]
    public void A_product_with_an_unmeasured_feature_is_unmeasured()
    {
        var values = Values(("meanWordMatch", double.NaN));

        Assert.True(double.IsNaN(FeatureTerm.Of("meanWordMatch*" + ConsistencyFeatures.CopyStyle).ValueIn(values)));
    }
}
