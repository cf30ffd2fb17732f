// The article as the server read it, one <p> per line, with the sentences the key points cite marked and, after a
// check is clicked, the check's evidence marked too. Offsets (sentence start/length, evidenceStart/evidenceLength)
// index article.text in UTF-16 code units, which is what String.prototype.slice uses.
import { el } from './dom.js';

/**
 * Renders `article` into `container`. `cited` maps a sentence id to the numbers of the key points citing it;
 * `evidence` is {start, length} or null. Returns the first evidence <mark>, or null.
 */
export function renderArticle(container, article, cited, evidence) {
  const text = typeof article.text === 'string' ? article.text : '';
  const sentences = (article.sentences ?? [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.length))
    .sort((a, b) => a.start - b.start);
  const span = clampSpan(evidence, text.length);
  const paragraphs = [];
  const wrappers = new Map();
  const anchored = new Set();
  let firstEvidence = null;

  for (const [start, end] of paragraphRanges(text)) {
    const paragraph = el('p');
    paragraphs.push(paragraph);
    for (const [from, to] of segments(start, end, sentences, cited, span)) {
      const sentence = sentenceAt(sentences, from);
      const isCited = sentence && cited.has(sentence.id);
      const piece = text.slice(from, to);
      const isEvidence = span && from >= span.start && from < span.start + span.length;
      const node = isEvidence ? el('mark', { className: 'evidence', text: piece }) : document.createTextNode(piece);
      if (isEvidence && !firstEvidence) firstEvidence = node;
      if (!isCited) {
        paragraph.append(node);
        continue;
      }
      // One wrapper per cited sentence and paragraph; the first carries the id the key points link to.
      const key = `${sentence.id}:${paragraphs.length}`;
      let wrapper = wrappers.get(key);
      if (!wrapper) {
        wrapper = el('mark', { className: 'cited', attrs: { 'data-sentence': sentence.id, title: citedTitle(cited.get(sentence.id)) } });
        if (!anchored.has(sentence.id)) {
          anchored.add(sentence.id);
          wrapper.id = `s-${sentence.id}`;
        }
        wrappers.set(key, wrapper);
        paragraph.append(wrapper);
      }
      wrapper.append(node);
    }
  }
  container.replaceChildren(...paragraphs);
  return firstEvidence;
}

function citedTitle(points) {
  return points.length === 1 ? `Cited by key point ${points[0]}` : `Cited by key points ${points.join(', ')}`;
}

/** [start, end) of each non-empty line. */
function paragraphRanges(text) {
  const ranges = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    if (match[0].trim()) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Splits [start, end) wherever a cited sentence or the evidence begins or ends. */
function segments(start, end, sentences, cited, span) {
  const cuts = new Set([start, end]);
  for (const s of sentences) {
    if (!cited.has(s.id)) continue;
    cuts.add(s.start);
    cuts.add(s.start + s.length);
  }
  if (span) {
    cuts.add(span.start);
    cuts.add(span.start + span.length);
  }
  const points = [...cuts].filter((p) => p >= start && p <= end).sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) result.push([points[i], points[i + 1]]);
  return result;
}

function sentenceAt(sentences, position) {
  return sentences.find((s) => position >= s.start && position < s.start + s.length) ?? null;
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
