// Who and what the summary names: people with their roles, organisations, places, figures and quotes.
import { el } from './dom.js';

export function renderFacts(summary) {
  const arrayOf = (value) => (Array.isArray(value) ? value : []);
  const rows = [
    ['People', arrayOf(summary.people).map((p) => el('li', {},
      el('span', { className: 'fact-name', text: p.name ?? '' }),
      arrayOf(p.roles).length ? el('span', { className: 'fact-detail', text: arrayOf(p.roles).join('; ') }) : null))],
    ['Organisations', arrayOf(summary.organisations).map((o) => el('li', { className: 'chip', text: o }))],
    ['Places', arrayOf(summary.places).map((p) => el('li', { className: 'chip', text: p }))],
    ['Figures', arrayOf(summary.quantities).map((q) => el('li', {},
      el('span', { className: 'fact-name', text: q.text || String(q.value ?? '') }),
      q.qualifier ? el('span', { className: 'fact-detail', text: q.qualifier }) : null))],
    ['Quotes', arrayOf(summary.quotes).map((q) => el('li', {},
      el('q', { text: q.text ?? '' }),
      el('span', { className: 'fact-detail', text: q.speaker ? `— ${q.speaker}` : '— unattributed' })))],
  ].filter(([, items]) => items.length);

  const section = el('section', { className: 'facts', attrs: { 'aria-labelledby': 'facts-heading' } },
    el('h3', { text: 'Named in the summary', attrs: { id: 'facts-heading' } }));
  if (!rows.length) {
    section.append(el('p', { className: 'hint', text: 'No people, places, figures or quotes.' }));
    return section;
  }
  section.append(el('dl', { attrs: { id: 'facts' } },
    rows.map(([label, items]) => [
      el('dt', { text: label }),
      el('dd', {}, el('ul', { className: label === 'Organisations' || label === 'Places' ? 'chips' : 'fact-list' }, items)),
    ])));
  return section;
}
