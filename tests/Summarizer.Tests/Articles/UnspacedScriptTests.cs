using Summarizer.Articles;
using Summarizer.Articles.Cleaning;
using Summarizer.Articles.Sentences;

namespace Summarizer.Tests.Articles;

/// <summary>
/// Chinese and Japanese, which write no spaces between words and end sentences at "。", "！" or "？": a title and its
/// body are read as they are in English (the body is no heading for having no spaces), the splitter ends sentences at
/// those marks, and the minimum length counts their characters sensibly. Arabic and Spanish keep working.
/// </summary>
public class UnspacedScriptTests
{
    private static Article? Create(string body, out string? error) =>
        new ArticleFactory().TryCreate(new RawArticle("test.txt", body, TitleInBody: true), out error);

    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("东京电力公司周二表示，处理水排放工作将于下周恢复。")]
    [InlineData("これは本当ですか？")]
    [InlineData("素晴らしい！")]
    [InlineData("地元の漁協は「納得できない。」")]
    [InlineData("全角の句点で終わる文．")]
    [InlineData("هل تنتهي الحرب؟")]
    [InlineData("وزیر اعظم نے منگل کو کہا کہ مذاکرات جاری رہیں گے۔")]
    [InlineData("The talks ended.")]
    [InlineData("He said: \"Enough.\"")]
    public void Sentence_ends_of_every_script_are_sentence_ends(string line) => Assert.True(LineRules.EndsLikeSentence(line), line);

    [Fact]
    public void The_Urdu_full_stop_ends_a_sentence_within_a_line() =>
        Assert.Equal(["وزیر اعظم نے منگل کو کہا کہ مذاکرات جاری رہیں گے۔", "اپوزیشن نے اس بیان پر تنقید کی۔"],
            Split("وزیر اعظم نے منگل کو کہا کہ مذاکرات جاری رہیں گے۔ اپوزیشن نے اس بیان پر تنقید کی۔"));

    [Theory]
    [InlineData("东京电力公司恢复处理水排放")]
    [InlineData("東京電力、処理水の放出を再開へ")]
    [InlineData("Harbour plan approved after long debate")]
    [InlineData("Related stories")]
    public void A_short_line_without_a_sentence_end_is_a_heading(string line)
    {
        Assert.False(LineRules.EndsLikeSentence(line));
        Assert.True(LineRules.IsHeading(line), line);
    }

    [Theory]
    // No spaces, but some thirty words' worth of characters: a paragraph that lost its full stop, not a heading.
    [InlineData("东京电力公司周二表示福岛第一核电站的处理水排放工作将于下周恢复政府将继续支持渔民并加强监测")]
    [InlineData("東京電力は火曜日福島第一原子力発電所の処理水の放出を来週再開すると発表し政府は漁業者への支援を続ける")]
    [InlineData("The council said on Tuesday that the harbour plan would go ahead after a long debate about the costs")]
    public void A_long_line_is_no_heading_whether_or_not_it_has_spaces(string line) => Assert.False(LineRules.IsHeading(line), line);

    [Fact]
    public void A_chinese_title_and_one_line_body_make_an_article()
    {
        var article = Create("东京电力公司恢复处理水排放\n东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下周恢复。\n", out var error);

        Assert.Null(error);
        Assert.NotNull(article);
        Assert.Equal("东京电力公司恢复处理水排放", article.Title);
        Assert.Equal("东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下周恢复。", article.Text);
        Assert.Single(article.Sentences);
    }

    [Fact]
    public void A_japanese_body_is_split_at_its_full_stops_and_keeps_quotations_whole()
    {
        var article = Create("東京電力、処理水の放出を再開へ\n東京電力は火曜日、処理水の放出を来週再開すると発表した。政府は漁業者への支援を続ける方針だ！"
            + "地元の漁協は「説明が足りない。納得できない」と話した。漁協の組合長は「反対だ。」と述べた。海外の反応は？\n", out var error);

        Assert.Null(error);
        Assert.Equal("東京電力、処理水の放出を再開へ", article!.Title);
        Assert.Equal(
            ["東京電力は火曜日、処理水の放出を来週再開すると発表した。", "政府は漁業者への支援を続ける方針だ！", "地元の漁協は「説明が足りない。納得できない」と話した。",
             "漁協の組合長は「反対だ。」と述べた。", "海外の反応は？"],
            article.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("他说：“我们会去。”他的同事也表示同意。", new[] { "他说：“我们会去。”他的同事也表示同意。" })]
    [InlineData("价格上涨了。销量下降了！原因是什么？", new[] { "价格上涨了。", "销量下降了！", "原因是什么？" })]
    [InlineData("增长率为３．５％。预计明年更高。", new[] { "增长率为３．５％。", "预计明年更高。" })]
    [InlineData("東京で会議が開かれた。 参加者は百人だった。", new[] { "東京で会議が開かれた。", "参加者は百人だった。" })]
    public void The_splitter_ends_sentences_at_ideographic_marks(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void A_short_chinese_text_is_too_short_with_its_characters_counted_twice()
    {
        // Eleven characters (ten of them ideographs) count as 21 of the 40 needed; a sentence of 24 is enough.
        Assert.Null(Create("标题\n价格上涨了百分之十五。", out var error));
        Assert.Contains("only 11 characters", error);
        Assert.Contains("counting as 2", error);
        Assert.NotNull(Create("标题\n东京电力公司周二表示处理水排放工作将于下周恢复。", out error));
        Assert.Null(error);
    }

    [Fact]
    public void A_chinese_text_repeating_two_characters_has_nothing_to_summarise()
    {
        Assert.Null(Create("标题\n" + string.Concat(Enumerable.Repeat("你好", 20)) + "。", out var error));
        Assert.Contains("different words", error);
    }

    [Fact]
    public void Arabic_and_spanish_keep_their_titles_and_sentences()
    {
        var arabic = Create("وزير الخارجية يزور القاهرة\nقال وزير الخارجية يوم الثلاثاء إنه سيزور القاهرة الأسبوع المقبل. هل ستنجح المحادثات؟ لا أحد يعرف بعد.\n", out var error);
        Assert.Null(error);
        Assert.Equal("وزير الخارجية يزور القاهرة", arabic!.Title);
        Assert.Equal(3, arabic.Sentences.Count);

        var spanish = Create("El Gobierno aprueba el plan del puerto\nEl Gobierno aprobó el martes el plan del puerto tras un largo debate. ¿Cuándo empezarán las obras? ¡Las obras empezarán en mayo!\n", out error);
        Assert.Null(error);
        Assert.Equal("El Gobierno aprueba el plan del puerto", spanish!.Title);
        Assert.Equal(
            ["El Gobierno aprobó el martes el plan del puerto tras un largo debate.", "¿Cuándo empezarán las obras?", "¡Las obras empezarán en mayo!"],
            spanish.Sentences.Select(s => s.Text));
    }
}
