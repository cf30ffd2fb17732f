// The article as the server read it, one <p> per line, with the sentences the key points cite marked and, after a
// check is clicked, the check's evidence marked too. Offsets (sentence start/length, evidenceStart/evidenceLength)
// index article.text in UTF-16 code units, which is what String.prototype.slice uses. The work is linear in the
// text's length (plus a sort of the cut points), so a long article renders as quickly as its DOM can be built.
import { el } from './dom.js';

/**
 * Renders `article` into `container`. `cited` maps a sentence id to the numbers of the key points citing it;
 * `evidence` is {start, length} or null. Returns the first evidence <mark>, or null.
 */
export function renderArticle(container, article, cited, evidence) {
  const text = typeof article.text === 'string' ? article.text : '';
  const citedSentences = (article.sentences ?? [])
    .filter((s) => cited.has(s.id) && Number.isInteger(s.start) && Number.isInteger(s.length) && s.length > 0)
    .sort((a, b) => a.start - b.start);
  const span = clampSpan(evidence, text.length);
  const cuts = cutPoints(citedSentences, span);
  const fragment = document.createDocumentFragment();
  const anchored = new Set();
  let firstEvidence = null;
  let cut = 0;
  let sentenceIndex = 0;

  for (const [start, end] of paragraphRanges(text)) {
    const paragraph = el('p');
    fragment.append(paragraph);
    while (cut < cuts.length && cuts[cut] <= start) cut++;
    let wrapper = null;
    for (let from = start; from < end;) {
      const to = cut < cuts.length && cuts[cut] < end ? cuts[cut++] : end;
      while (sentenceIndex < citedSentences.length && end_(citedSentences[sentenceIndex]) <= from) sentenceIndex++;
      const sentence = citedSentences[sentenceIndex];
      const inSentence = sentence && sentence.start <= from && from < end_(sentence);
      const isEvidence = span && from >= span.start && from < end_(span);
      const piece = text.slice(from, to);
      const node = isEvidence ? el('mark', { className: 'evidence', text: piece }) : document.createTextNode(piece);
      if (isEvidence && !firstEvidence) firstEvidence = node;
      if (!inSentence) {
        wrapper = null;
        paragraph.append(node);
      } else {
        // One wrapper per cited sentence and paragraph; the first carries the id the key points link to.
        if (!wrapper || wrapper.dataset.sentence !== String(sentence.id)) {
          wrapper = el('mark', { className: 'cited', attrs: { 'data-sentence': sentence.id, title: citedTitle(cited.get(sentence.id)) } });
          if (!anchored.has(sentence.id)) {
            anchored.add(sentence.id);
            wrapper.id = `s-${sentence.id}`;
          }
          paragraph.append(wrapper);
        }
        wrapper.append(node);
      }
      from = to;
    }
  }
  container.replaceChildren(fragment);
  return firstEvidence;
}

const end_ = (s) => s.start + s.length;

function citedTitle(points) {
  return points.length === 1 ? `Cited by key point ${points[0]}` : `Cited by key points ${points.join(', ')}`;
}

/** Where a cited sentence or the evidence begins or ends, ascending. */
function cutPoints(citedSentences, span) {
  const cuts = citedSentences.flatMap((s) => [s.start, end_(s)]);
  if (span) cuts.push(span.start, end_(span));
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** [start, end) of each line holding more than white space. */
function paragraphRanges(text) {
  const ranges = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    if (match[0].trim()) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function clampSpan(evidence, length) {
  if (!evidence || !Number.isInteger(evidence.start) || !Number.isInteger(evidence.length)) return null;
  const start = Math.max(0, Math.min(evidence.start, length));
  const end = Math.max(start, Math.min(evidence.start + evidence.length, length));
  return end > start ? { start, length: end - start } : null;
}

/**
 * Where a finding's evidence is in the text: its offsets when they hold the evidence, else the first occurrence of
 * the evidence string (an older or a model-written finding may carry no usable offsets). Null when it is nowhere.
 */
export function locateEvidence(text, finding) {
  const start = finding.evidenceStart;
  const length = finding.evidenceLength;
  if (Number.isInteger(start) && Number.isInteger(length) && length > 0 && start >= 0 && start + length <= text.length) {
    return { start, length };
  }
  if (typeof finding.evidence === 'string' && finding.evidence) {
    const at = text.indexOf(finding.evidence);
    if (at >= 0) return { start: at, length: finding.evidence.length };
  }
  return null;
}
