using System.Collections;
using Summarizer.Articles;

namespace Summarizer.Facts.Names;

/// <summary>Collects mentions under canonical names and remembers which characters are taken, so later rules skip them.</summary>
internal sealed class NamedCollector(Article article, BitArray taken)
{
    private readonly Dictionary<string, List<Mention>> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public bool IsFree(int start, int end)
    {
        for (int i = start; i < end; i++) if (taken[i]) return false;
        return true;
    }

    public void Add(string name, int start, int end)
    {
        if (!IsFree(start, end)) return;
        for (int i = start; i < end; i++) taken[i] = true;
        if (!_byName.TryGetValue(name, out var list)) { _byName[name] = list = []; _order.Add(name); }
        list.Add(new Mention(article.Text[start..end], new TextSpan(start, end - start), article.SentenceIdAt(start)));
    }

    public List<NamedFact> ToFacts() =>
        _order.Select(n => new NamedFact(n, _byName[n].OrderBy(m => m.Span.Start).ToList())).ToList();
}
