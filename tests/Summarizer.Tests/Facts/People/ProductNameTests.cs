using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.People;

/// <summary>
/// A name the article gives a product or system ("an AI called Enoch", "the Enoch chatbot", "BrightU.AI's Enoch")
/// is no person, wherever else the article uses it; a person of the same name ("Enoch Gaver") still is.
/// </summary>
public class ProductNameTests
{
    private static IReadOnlyList<string> People(string text) => FactsOf(text).People.Select(p => p.Name).ToList();

    [Theory]
    [InlineData("\"Russia sees Ukraine's alignment with the West as a direct threat,\" said BrightU.AI's Enoch. \"Any foreign troop presence risks escalation.\"")]
    [InlineData("The firm built an AI called Enoch. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("The firm built an AI chatbot named Enoch. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("\"Troops risk escalation,\" said Enoch. The Enoch model was trained on news articles.")]
    [InlineData("Analysts asked the Enoch chatbot about the plan. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("\"Troops risk escalation,\" said Enoch, an AI system built by BrightU.")]
    [InlineData("Enoch, a software system, answered the questions. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("Enoch, an AI chatbot, answered the questions. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("Enoch, an AI assistant that the firm sells, answered. \"Troops risk escalation,\" said Enoch.")]
    [InlineData("\"Troops risk escalation,\" said Enoch, a new chatbot.")]
    public void A_product_introduced_as_one_is_no_person(string text) =>
        Assert.DoesNotContain(People(text), p => p.Contains("Enoch", StringComparison.Ordinal));

    [Fact]
    public void The_seed_lists_no_ai_as_a_person() =>
        Assert.DoesNotContain(FactsOf(Seed("004")).People, p => p.Name.Contains("Enoch", StringComparison.Ordinal));

    [Theory]
    [InlineData("\"We camped outside the store,\" said Enoch Gaver. The family had been there for days.", "Enoch Gaver")]
    [InlineData("\"We will rebuild,\" said Enoch. The town has three schools.", "Enoch")]
    [InlineData("\"We will rebuild,\" said Reuters' Jane Roe.", "Jane Roe")]
    [InlineData("\"The plan is sound,\" said Acme's Enoch Powell. The firm built an AI called Nova.", "Enoch Powell")]
    public void A_person_stays_a_person(string text, string name) =>
        Assert.Contains(name, People(text));

    // A product noun that only qualifies a person noun ("a software engineer") makes no product of the name.
    [Theory]
    [InlineData("Okafor, a software engineer at the bank, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, an app developer in Lagos, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Mensah, a platform engineer, said the update failed. \"It crashed twice,\" said Mensah.", "Mensah")]
    [InlineData("Okafor, a system administrator, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, an AI researcher at the university, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, a software CEO at the bank, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, a platform VP, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, an AI PhD student, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    [InlineData("Okafor, an AI startup's founder, said the update failed. \"It crashed twice,\" said Okafor.", "Okafor")]
    public void A_person_with_a_technical_job_title_stays_a_person(string text, string name) =>
        Assert.Contains(name, People(text));
}
