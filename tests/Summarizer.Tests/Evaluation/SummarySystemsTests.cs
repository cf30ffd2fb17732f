namespace Summarizer.Evaluation.Tests;

public class SummarySystemsTests
{
    [Fact]
    public void Lead_baselines_pass_over_picture_captions_as_the_engine_does()
    {
        // Made-up text: a labelled caption ran into the first paragraph.
        var article = SummarySystems.Build("Flooded: Residents of Mill Lane wade through the water on Sunday morning "
            + "The river burst its banks after a week of rain. Forty homes were evacuated. The council opened a rest centre.");

        Assert.NotNull(article);
        Assert.Equal([0], article.Captions);
        Assert.Equal("The river burst its banks after a week of rain.\nForty homes were evacuated.", SummarySystems.Lead(article, 2));
    }
}
