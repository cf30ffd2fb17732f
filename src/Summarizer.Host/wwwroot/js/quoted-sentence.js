// An outlet's sentence, quoted, with the value it states marked.
import { el } from './dom.js';

/** The sentence a value is stated in, with the value marked where it appears word for word. */
export function quotedSentence(sentence, value) {
  const q = el('q', { className: 'sentence' });
  const at = value ? sentence.indexOf(value) : -1;
  if (at < 0) {
    q.textContent = sentence;
    return q;
  }
  q.append(sentence.slice(0, at), el('mark', { className: 'value-mark', text: value }), sentence.slice(at + value.length));
  return q;
}
