// The roundup: a few neutral sentences on the story, each traced to the outlets' sentences it comes from. The
// server may send it as {sentences:[{text, sources:[{articleId, sentenceId}]}]}, as an array of such sentences or of
// strings, or as one string with a sentence per line; whatever arrives is shown, nothing is required.
import { el } from './dom.js';

const arrayOf = (value) => (Array.isArray(value) ? value : []);

/** The roundup section, or null when there is no roundup. `outlets` maps article id → outlet name. */
export function renderRoundup(roundup, outlets) {
  const sentences = normalise(roundup);
  if (!sentences.length) return null;
  return el('section', { className: 'roundup', attrs: { 'aria-labelledby': 'roundup-heading' } },
    el('h3', { text: 'Roundup', attrs: { id: 'roundup-heading' } }),
    el('ol', { className: 'roundup-sentences', attrs: { id: 'roundup' } }, sentences.map((s) => el('li', {},
      el('span', { className: 'roundup-text', text: s.text }),
      s.sources.length ? el('span', { className: 'sources' }, s.sources.map((source) => sourceChip(source, outlets))) : null))));
}

function normalise(roundup) {
  if (typeof roundup === 'string') return lines(roundup);
  if (!roundup) return [];
  const items = Array.isArray(roundup) ? roundup : arrayOf(roundup.sentences);
  if (!items.length && typeof roundup.text === 'string') return lines(roundup.text);
  return items.map((item) => (typeof item === 'string'
    ? { text: item, sources: [] }
    : { text: String(item?.text ?? ''), sources: arrayOf(item?.sources) }))
    .filter((s) => s.text.trim());
}

function lines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => ({ text: line, sources: [] }));
}

function sourceChip(source, outlets) {
  const outlet = source.outlet ?? outlets.get(source.articleId) ?? 'source';
  const sentence = Number.isInteger(source.sentenceId) ? `, sentence ${source.sentenceId + 1}` : '';
  return el('span', { className: 'source-chip', text: `${outlet}${sentence}` });
}
