using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;
using Summarizer.Verification.Model;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Tmp;

public class PhraseDebug3
{
    [Fact]
    public void Small3()
    {
        var lexicon = WordNetLexicon.Shared!;
        var o = new List<string>();
        foreach (var w in new[] { "former", "first", "tuesday" })
            o.Add($"{w}: qual={NovelQualifiers.IsQualifier(w, null)} role={Summarizer.Facts.Lexicons.Roles.IsRoleWord(w)} wd={Summarizer.Facts.Lexicons.Words.IsWeekday(w)}");
        o.Add("upper forms: " + string.Join(",", PhraseForms.Of("upper", lexicon)));
        o.Add($"upper adj {lexicon.IsMostlyAdjective("upper")} noun {lexicon.IsMostlyNoun("upper")} house noun {lexicon.IsMostlyNoun("house")} ant {string.Join(",", lexicon.AntonymsOf("upper"))}");
        var article = new ArticleIndex(FromText("The lower house of parliament will debate the bill on Monday. The club signed 3 players before the season."));
        foreach (var s in new[] { "The upper house will debate the bill.", "The club signed 5 players before the season." })
        {
            var al = new SummaryAlignment(s, article, null);
            o.Add(string.Join(" ", al.Tokens.Select(t => $"{t.Token.Folded}/{t.Support}/{(t.IsName ? "N" : "")}{t.Token.Start}:{t.Token.End}")));
            o.Add(string.Join(" ", NounPhraseSupport.Phrases(al.Sentences[0], article, null).Select(p => $"{p.Modifier.Token.Folded}_{p.Head.Token.Folded}:{p.Supported}:{p.Clashing}")));
        }
        var art2 = new ArticleIndex(FromText("Minister John Smith opened the bridge in France on Monday. It is a large bridge over the river."));
        var al2 = new SummaryAlignment("Former minister John Smith opened the first bridge on Tuesday.", art2, null);
        foreach (var t in al2.Tokens) o.Add($"{t.Token.Folded} novel={t.IsNovel} num={t.IsNumber} q={NovelQualifiers.IsQualifier(t.Token.Folded, null)} ex={PhraseForms.Explained(t.Token.Folded, art2, null)} forms={string.Join(",", PhraseForms.Of(t.Token.Folded, null))}");
        o.Add("ant indoor " + string.Join(",", lexicon.AntonymsOf("indoor")) + " domestic " + string.Join(",", lexicon.AntonymsOf("domestic")));
        File.WriteAllLines("/tmp/a12/small3.txt", o);
    }
}
