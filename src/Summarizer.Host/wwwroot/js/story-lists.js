// Below the conflicts: what the outlets agree on, what only one of them claims, and whom each cites. Each claim is a
// <details> whose summary is the claim and whose body quotes the sentences it was found in.
import { el, kindLabel } from './dom.js';
import { quotedSentence } from './quoted-sentence.js';

const arrayOf = (value) => (Array.isArray(value) ? value : []);

export function agreementsSection(agreements, articleCount) {
  const items = agreements.map((a) => {
    const positions = arrayOf(a.positions);
    const outlets = a.articleCount ?? new Set(positions.map((p) => p.articleId)).size;
    return el('li', {}, el('details', { className: 'claim-item' },
      el('summary', {},
        el('span', { className: 'claim-text', text: a.statement ?? '' }),
        el('span', { className: 'claim-meta' },
          el('span', { className: 'badge kind', text: kindLabel(a.kind) }),
          a.origin === 'model' ? el('span', { className: 'badge model', text: 'model' }) : null,
          el('span', { className: 'badge agree', text: `${outlets} of ${articleCount} outlets` }))),
      el('ul', { className: 'quotes' }, positions.map(quoted))));
  });
  return listSection('agreements', 'What they agree on', items, 'The outlets share no checked fact.');
}

export function singleSourceSection(claims, outlets) {
  const items = claims.map((c) => {
    const position = c.position ?? {};
    return el('li', {}, el('details', { className: 'claim-item' },
      el('summary', {},
        el('span', { className: 'claim-text', text: c.statement ?? '' }),
        el('span', { className: 'claim-meta' },
          el('span', { className: 'badge kind', text: kindLabel(c.kind) }),
          c.origin === 'model' ? el('span', { className: 'badge model', text: 'model' }) : null,
          el('span', { className: 'badge outlet', text: position.outlet ?? outlets.get(position.articleId) ?? '' }))),
      el('ul', { className: 'quotes' }, quoted(position))));
  });
  return listSection('single-source', 'Only one outlet says', items, 'Every figure and quote appears in more than one outlet.');
}

export function attributionsSection(attributions, outlets) {
  const section = el('section', { className: 'attributions', attrs: { 'aria-labelledby': 'attributions-heading' } },
    el('h3', { text: 'Whom each outlet cites', attrs: { id: 'attributions-heading' } }));
  const cards = attributions.filter((a) => arrayOf(a.sources).length).map((a) => el('section', { className: 'source-card' },
    el('h4', { text: a.outlet ?? outlets.get(a.articleId) ?? '' }),
    el('ul', {}, arrayOf(a.sources).map((s) => el('li', {},
      el('span', { text: s.name ?? '' }),
      el('span', { className: 'via', text: s.via === 'quote' ? 'quoted' : 'cited' }))))));
  section.append(cards.length ? el('div', { className: 'source-grid' }, cards) : el('p', { className: 'hint', text: 'No outlet names a source.' }));
  return section;
}

function listSection(id, title, items, emptyText) {
  return el('section', { className: `claims-section ${id}`, attrs: { 'aria-labelledby': `${id}-heading` } },
    el('h3', { attrs: { id: `${id}-heading` } }, title, ' ', el('span', { className: 'count', text: String(items.length) })),
    items.length ? el('ul', { className: 'claims', attrs: { id } }, items) : el('p', { className: 'hint', text: emptyText }));
}

function quoted(position) {
  return el('li', {},
    el('span', { className: 'quote-outlet', text: position.outlet ?? '' }),
    position.value ? el('strong', { className: 'value', text: position.value }) : null,
    position.sentence ? quotedSentence(position.sentence, position.value) : null);
}
