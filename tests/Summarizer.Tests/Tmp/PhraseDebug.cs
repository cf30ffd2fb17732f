using System.Text;
using Summarizer.Verification.Alignment;
using Summarizer.Verification.Lexicon;
using Summarizer.Verification.Model;
using static Summarizer.Tests.Facts.TestArticles;

namespace Summarizer.Tests.Tmp;

public class PhraseDebug
{
    [Fact]
    public void Dump()
    {
        var lexicon = WordNetLexicon.Shared;
        var sb = new StringBuilder();
        foreach (var line in File.ReadLines("/tmp/a12/xsumval.tsv"))
        {
            var c = line.Split('\t');
            var article = new ArticleIndex(FromText(c[1]));
            var alignment = new SummaryAlignment(c[2], article, lexicon);
            var bad = alignment.Sentences.SelectMany(s => NounPhraseSupport.Phrases(s, article, lexicon)).Where(p => !p.Supported)
                .Select(p => p.Modifier.Token.Folded + "_" + p.Head.Token.Folded + (p.Clashing ? "!" : ""));
            var q = alignment.Tokens.Where(t => t.IsNovel && !t.IsNumber && NovelQualifiers.IsQualifier(t.Token.Folded, lexicon)).Select(t => t.Token.Folded);
            sb.Append(c[0]).Append(" | ").Append(c[2]).Append("\n   UNSUP: ").Append(string.Join(", ", bad)).Append("\n   QUAL: ").Append(string.Join(", ", q)).Append('\n');
        }
        File.WriteAllText("/tmp/a12/phrases.txt", sb.ToString());
    }
}
public class PhraseDebug2
{
    [Fact]
    public void Small()
    {
        var lexicon = WordNetLexicon.Shared!;
        var article = new ArticleIndex(FromText("Police in France arrested a man after the vote. Minister John Smith opened the bridge in France on Monday."));
        foreach (var s in new[] { "German police arrested a man.", "Former minister John Smith opened the first bridge on Tuesday." })
        {
            var al = new SummaryAlignment(s, article, lexicon);
            File.AppendAllText("/tmp/a12/small.txt", string.Join(" ", al.Tokens.Select(t => $"{t.Token.Folded}/{t.Support}/{(t.IsName ? "N" : "")}")) + "\n");
            File.AppendAllText("/tmp/a12/small.txt", string.Join(" ", NounPhraseSupport.Phrases(al.Sentences[0], article, lexicon).Select(p => $"{p.Modifier.Token.Folded}_{p.Head.Token.Folded}:{p.Supported}")) + "\n");
            File.AppendAllText("/tmp/a12/small.txt", string.Join(",", PhraseForms.Of("german", lexicon)) + "\n");
        }
    }
}
