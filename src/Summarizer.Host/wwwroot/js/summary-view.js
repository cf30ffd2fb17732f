// The summary view: verdict first (how many problems), the headline, lede and key points (each citing its
// sentences), the checks beside the article, and the names and figures the summary uses.
import { el, count, scrollBehavior } from './dom.js';
import { renderArticle, locateEvidence } from './article-view.js';
import { renderFindings, problemsOf, tally } from './findings-view.js';
import { renderFacts } from './facts-view.js';

/** Kinds a newer server may use for text addressed to a model (prompt injection); shown as a warning up top. */
const instructionKind = /instruction|injection|prompt/i;

export function renderSummary(view, response, announce) {
  const article = response.article ?? { text: '', sentences: [] };
  const summary = response.summary ?? {};
  const findings = Array.isArray(summary.verdict?.findings) ? summary.verdict.findings : [];
  const keyPoints = Array.isArray(summary.keyPoints) ? summary.keyPoints : [];
  const cited = citedSentences(keyPoints);

  const articleText = el('div', { className: 'article-text', attrs: { id: 'article-text', tabindex: 0, role: 'region', 'aria-label': 'The article with its cited sentences marked' } });
  renderArticle(articleText, article, cited, null);
  const checks = el('section', { className: 'checks', attrs: { id: 'findings', 'aria-labelledby': 'checks-heading' } });
  let active = null;
  renderFindings(checks, findings, (f) => locateEvidence(article.text ?? '', f) !== null, (finding, button) => {
    const mark = renderArticle(articleText, article, cited, locateEvidence(article.text ?? '', finding));
    active?.removeAttribute('aria-current');
    active = button;
    button.setAttribute('aria-current', 'true');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    announce(`Evidence for “${finding.claim}” is highlighted in the article.`);
  });

  view.replaceChildren(
    head(response, summary, findings),
    keyPointsSection(keyPoints),
    // Checks, then the article, then the names: on a narrow screen the evidence is right below the checks.
    el('div', { className: 'summary-grid' },
      checks,
      el('section', { className: 'article-pane', attrs: { 'aria-labelledby': 'article-heading' } },
        el('h3', { text: 'Article', attrs: { id: 'article-heading' } }),
        articleMeta(article),
        articleText),
      renderFacts(summary)));
  view.hidden = false;
  document.title = `${summary.headline || 'Summary'} — Summarizer`;
}

function head(response, summary, findings) {
  // A flagged passage is a warning about the source (shown below), not a problem with the summary's claims.
  const problems = problemsOf(findings).filter((f) => f.status !== 'flagged').length;
  const verdict = summary.verdict
    ? el('p', { className: `verdict ${problems ? 'verdict-problems' : 'verdict-ok'}`, attrs: { id: 'verdict' } },
      problems
        ? el('a', { className: 'verdict-link', attrs: { href: '#findings' } }, el('strong', { text: `${count(problems, 'problem')} to check` }))
        : el('strong', { text: 'Every claim checked is supported' }),
      el('span', { text: ` · ${tally(findings)} · score ${Number(summary.verdict.score ?? 0).toFixed(2)}` }))
    : el('p', { className: 'verdict verdict-problems', attrs: { id: 'verdict' } }, el('strong', { text: 'Not verified' }));
  const instructions = findings.filter((f) => instructionKind.test(String(f.kind)));
  const warnings = [
    instructions.length
      ? `The article contains ${count(instructions.length, 'passage')} addressed to an AI model. ` +
        'They were kept out of the summary; read them before publishing.'
      : null,
    summary.fallback ? `The model was not used (${summary.fallback}); this is the offline summary.` : null,
    ...(Array.isArray(summary.warnings) ? summary.warnings.filter((w) => typeof w === 'string') : []),
  ].filter(Boolean);
  const id = response.id ?? summary.id;
  return el('header', { className: 'summary-head' },
    el('p', { className: 'eyebrow' },
      [summary.engine ? `${summary.engine} summary` : 'Summary', response.cached ? 'from cache' : null, id ? `id ${id}` : null]
        .filter(Boolean).join(' · ')),
    verdict,
    warnings.map((w) => el('p', { className: 'warning', text: w })),
    el('h2', { className: 'headline', text: summary.headline ?? '', attrs: { id: 'headline', tabindex: -1 } }),
    el('p', { className: 'lede', text: summary.lede ?? '', attrs: { id: 'lede' } }));
}

function keyPointsSection(keyPoints) {
  const items = keyPoints.map((point) => el('li', {},
    el('span', { text: point.text ?? '' }),
    ' ',
    (point.sentenceIds ?? []).map((id) => el('a', {
      className: 'cite', text: `sentence ${id + 1}`,
      attrs: { href: `#s-${id}`, 'aria-label': `Show sentence ${id + 1} in the article` },
    }))));
  return el('section', { className: 'key-points', attrs: { 'aria-labelledby': 'key-points-heading' } },
    el('h3', { text: 'Key points', attrs: { id: 'key-points-heading' } }),
    items.length ? el('ol', { attrs: { id: 'key-points' } }, items) : el('p', { className: 'hint', text: 'No key points.' }));
}

function articleMeta(article) {
  const sentences = Array.isArray(article.sentences) ? article.sentences.length : 0;
  const words = (article.text ?? '').split(/\s+/).filter(Boolean).length;
  const parts = [article.outlet, article.title, `${count(words, 'word')}, ${count(sentences, 'sentence')}`].filter(Boolean);
  return el('p', { className: 'article-meta', text: parts.join(' · ') });
}

/** Sentence id → the (1-based) numbers of the key points citing it. */
function citedSentences(keyPoints) {
  const cited = new Map();
  keyPoints.forEach((point, index) => {
    for (const id of point.sentenceIds ?? []) {
      if (!cited.has(id)) cited.set(id, []);
      cited.get(id).push(index + 1);
    }
  });
  return cited;
}
