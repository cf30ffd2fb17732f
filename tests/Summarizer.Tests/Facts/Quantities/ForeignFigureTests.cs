using Summarizer.Facts;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Facts.Quantities;

/// <summary>
/// Figures of German and Arabic articles keep their multiplier and unit ("5 Millionen Euro", "3,5 Prozent",
/// "٥ ملايين دولار"); English figures read as before.
/// </summary>
public class ForeignFigureTests
{
    private static QuantityFact Single(string text) => Assert.Single(FactsOf(text).Quantities);

    [Theory]
    [InlineData("Die Stadt zahlt 5 Millionen Euro für die neue Brücke.", 5e6, "EUR", QuantityKind.Money, "5 Millionen Euro")]
    [InlineData("Die Regierung stellt 1,2 Milliarden Euro bereit.", 1.2e9, "EUR", QuantityKind.Money, "1,2 Milliarden Euro")]
    [InlineData("Die Arbeitslosigkeit stieg auf 3,5 Prozent im März.", 3.5, "percent", QuantityKind.Percent, "3,5 Prozent")]
    [InlineData("Die Inflation lag nach Angaben des Amtes bei 2,1 % im Februar.", 2.1, "percent", QuantityKind.Percent, "2,1 %")]
    [InlineData("Der Konzern zahlte 300 Millionen Dollar Strafe.", 3e8, "USD", QuantityKind.Money, "300 Millionen Dollar")]
    [InlineData("Die Firma verdiente 5 Mio. Euro im Jahr.", 5e6, "EUR", QuantityKind.Money, "5 Mio. Euro")]
    public void A_german_figure_keeps_its_multiplier_and_unit(string text, double value, string unit, QuantityKind kind, string figure)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(figure, q.Text);
    }

    [Theory]
    [InlineData("قالت الحكومة إنها ستدفع ٥ ملايين دولار للمدينة.", 5e6, "USD", QuantityKind.Money, "٥ ملايين دولار")]
    [InlineData("قالت الحكومة إنها ستدفع 5 ملايين دولار للمدينة.", 5e6, "USD", QuantityKind.Money, "5 ملايين دولار")]
    [InlineData("وتبرعت الشركة بمبلغ مليون دولار للمستشفى.", 1e6, "USD", QuantityKind.Money, "مليون دولار")]
    [InlineData("ارتفع التضخم إلى ٣٫٥ في المئة هذا العام.", 3.5, "percent", QuantityKind.Percent, "٣٫٥ في المئة")]
    [InlineData("خصصت الحكومة ٢ مليار يورو للمشروع الجديد في العاصمة.", 2e9, "EUR", QuantityKind.Money, "٢ مليار يورو")]
    public void An_arabic_figure_keeps_its_multiplier_and_unit(string text, double value, string unit, QuantityKind kind, string figure)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(figure, q.Text);
    }

    [Theory]
    [InlineData("The city will pay 5 million euros for the bridge.", 5e6, "EUR", "5 million euros")]
    [InlineData("Officials said 3,500 troops would be needed.", 3500, "troop", "3,500 troops")]
    [InlineData("Unemployment rose to 3.5 percent in March.", 3.5, "percent", "3.5 percent")]
    public void English_figures_read_as_before(string text, double value, string unit, string figure)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(figure, q.Text);
    }
}
