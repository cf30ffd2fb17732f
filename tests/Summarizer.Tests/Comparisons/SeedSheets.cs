using Summarizer.Comparisons;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Comparisons;

/// <summary>
/// The five seed articles with FactSheets written by hand as the extractor is expected to produce them (the facts
/// a reader marks up, nothing chosen for the comparison rules). Replaced by the real extractor once it lands.
/// </summary>
internal static class SeedSheets
{
    public static List<ComparisonInput> All() => [Seed0(), Seed1(), Seed2(), Seed3(), Seed4()];

    private static ComparisonInput Seed0() => new SheetBuilder(Repo.Seed(0))
        .Quantity("30 members", 30, "members").Quantity("15 countries", 15, "countries")
        .Quantity("at least 200,000 peacekeepers", 200000, "peacekeepers", "at least")
        .Quantity("200,000 peacekeepers", 200000, "peacekeepers", occurrence: 1)
        .Quantity("100,000 to 150,000 European troops", 100000, "troops", upper: 150000)
        .Quantity("two weeks", 2, "weeks").Quantity("two months", 2, "months")
        .Person("John Healey", "UK Defense Minister").Person("Sébastien Lecornu").Person("Pete Hegseth", "U.S. Defense Secretary")
        .Person("Dovile Sakaliene", "Lithuanian Defense Minister").Person("Ruben Brekelmans", "Dutch Defense Minister")
        .Person("Volodymyr Zelenskyy", "President Volodymyr").Person("Donald Trump", "U.S. President")
        .Person("Dmitry Medvedev", "Russian Security Council Deputy Chairman").Person("Antonio Tajani", "Foreign Minister")
        .Quote("For the U.S. to actually participate in this, they need to see that we are doing a lot,", "Dovile Sakaliene")
        .Quote("The higher the risk of confrontation, the more important it is that the U.S. is closely involved.", "Ruben Brekelmans")
        .Attribution("Bloomberg", "reported by").Attribution("The New York Times", "reported").Attribution("AP", "according to")
        .Place("Ukraine").Place("France").Organisation("NATO")
        .Input();

    private static ComparisonInput Seed1() => new SheetBuilder(Repo.Seed(1))
        .Quantity("less than 30 thousand people", 30000, "people", "less than")
        .Person("Keir Starmer", "British Prime Minister").Person("Emmanuel Macron", "French President")
        .Person("Donald Trump", "US President").Person("James Vance", "Vice President").Person("Volodymyr Zelensky", "Ukrainian President")
        .Attribution("Bloomberg", "reports").Attribution("Reuters", "reports").Attribution("The Guardian", "specifies").Attribution("NPR", "according to")
        .Place("Ukraine").Place("Paris").Place("London")
        .Input();

    private static ComparisonInput Seed2() => new SheetBuilder(Repo.Seed(2))
        .Person("Keir Starmer", "British Defense Secretary", "British Prime Minister").Person("Emmanuel Macron", "French President")
        .Person("Boris Pistorius", "German Defense Minister").Person("Steve Witkoff", "special envoy").Person("Donald Trump", "US President")
        .Person("Anthony Albanese", "Australian Prime Minister").Person("Thomas Süssli", "Commander-in-Chief of the Swiss Armed Forces")
        .Quote("I want the Americans to be on our side. But we must be prepared for a situation in which they may not join,", "Emmanuel Macron")
        .Attribution("The Wall Street Journal", "reported by").Attribution("Bloomberg", "citing sources, writes").Attribution("Reuters", "wrote")
        .Place("Ukraine").Place("France").Place("Paris")
        .Input();

    private static ComparisonInput Seed3() => new SheetBuilder(Repo.Seed(3))
        .Quantity("37 countries", 37, "countries").Quantity("30-day", 30, "day").Quantity("five main military powers", 5, "powers")
        .Person("Keir Starmer", "U.K. Prime Minister").Person("Emmanuel Macron", "French President")
        .Person("Sebastien Lecornu", "French Defense Minister").Person("Boris Pistorius", "German Defense Minister")
        .Person("John Healey", "U.K. Defense Secretary").Person("Sergei Lavrov", "Russian Foreign Minister")
        .Person("Donald Trump", "U.S. President").Person("Ben Barry", "senior fellow")
        .Quote("Long-lasting security guarantees will depend on the capacities we’ll be able to provide Ukraine,", "Lecornu")
        .Quote("We can step in rapidly for example with ammunition but also with satellite communication if this should be needed,", "Pistorius")
        .Attribution("Bloomberg", "told").Attribution("Tass", "according to")
        .Place("Ukraine").Place("France").Place("Paris").Organisation("NATO")
        .Input();

    private static ComparisonInput Seed4() => new SheetBuilder(Repo.Seed(4))
        .Quantity("35-nation", 35, "nation").Quantity("thousands", 1000, "troops", "thousands")
        .Person("Keir Starmer", "British PM", "British Prime Minister").Person("Emmanuel Macron", "French President")
        .Person("Giorgia Meloni", "Italian Prime Minister").Person("Friedrich Merz", "German Chancellor")
        .Person("Sergei Ryabkov", "Deputy Foreign Minister").Person("Volodymyr Zelensky", "Ukraine's President")
        .Person("Donald Trump", "U.S. President").Person("Matt Whitaker", "U.S. Ambassador to NATO")
        .Quote("We will establish military hubs across Ukraine and build protected facilities for weapons and military equipment,", "Starmer")
        .Attribution("The Times of London", "according to").Attribution("Le Figaro", "speaking to")
        .Place("Ukraine").Place("France").Place("Paris").Organisation("NATO")
        .Input();
}
