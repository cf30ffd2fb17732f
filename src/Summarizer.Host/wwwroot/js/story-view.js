// The story view, full width: the roundup on top, then the conflicts as a table with one column per outlet and one
// row per conflict (each outlet's value and the sentence it is stated in), then agreements, single-source claims and
// whom each outlet cites. Every field is read defensively: the comparison grows new parts over time.
import { el, count, list, kindLabel } from './dom.js';
import { renderRoundup } from './roundup-view.js';
import { quotedSentence } from './quoted-sentence.js';
import { agreementsSection, singleSourceSection, attributionsSection } from './story-lists.js';

const arrayOf = (value) => (Array.isArray(value) ? value : []);

export function renderStory(view, result) {
  const articles = arrayOf(result.articles);
  const outlets = outletNames(articles);
  const conflicts = arrayOf(result.conflicts);
  const agreements = arrayOf(result.agreements);
  const singleSource = arrayOf(result.singleSource);

  const parts = [
    el('header', { className: 'story-head' },
      el('p', { className: 'eyebrow', text: ['Story comparison', result.engine, result.storyId].filter(Boolean).join(' · ') }),
      el('h2', { text: isOneStory(result) ? `${count(articles.length, 'account')} of one story` : `${count(articles.length, 'article')} compared`, attrs: { id: 'story-heading' } }),
      el('p', { className: 'story-outlets', text: list([...outlets.values()]) }),
      // Each article by its outlet and title (the server gives an untitled one its lead's first words).
      el('ol', { className: 'story-titles', attrs: { 'aria-label': 'Articles compared' } }, articles.map((a, i) => el('li', {},
        el('span', { className: 'outlet-name', text: outlets.get(a.id) ?? `article ${i + 1}` }),
        a.title ? el('span', { className: 'outlet-title', text: a.title }) : null))),
      el('p', { className: 'story-tally', attrs: { id: 'story-tally' } },
        tallyItem(conflicts.length, 'conflict', 'conflicts'),
        tallyItem(agreements.length, 'agreement', 'agreements'),
        tallyItem(singleSource.length, 'single-source claim', 'single-source')),
      notes(result).map((n) => el('p', { className: 'warning', text: n }))),
    renderRoundup(result.roundup, outlets),
    conflictsSection(conflicts, articles, outlets),
    el('div', { className: 'story-lists' },
      agreementsSection(agreements, articles.length),
      singleSourceSection(singleSource, outlets)),
    attributionsSection(arrayOf(result.attributions), outlets),
  ];
  view.replaceChildren(...parts.filter(Boolean));
  view.hidden = false;
  document.title = `Story: ${list([...outlets.values()])} — Summarizer`;
}

// An article stating no outlet is named as the roundup's own sentences name it (OutletNames on the server):
// "unnamed outlet", numbered in the story's order when several state none.
function outletNames(articles) {
  const unnamed = articles.filter((a) => !a.outlet).length;
  let number = 0;
  return new Map(articles.map((a) => [a.id, a.outlet || (unnamed === 1 ? 'unnamed outlet' : `unnamed outlet ${++number}`)]));
}

function tallyItem(n, singular, className) {
  return el('span', { className: `tally tally-${className}${n ? '' : ' zero'}`, text: count(n, singular) });
}

/** False when the server flags the articles as more than one story (the flag's name is read in its likely spellings). */
function isOneStory(result) {
  return !(result.oneStory === false || result.sameStory === false || result.notOneStory === true);
}

function notes(result) {
  return [
    !isOneStory(result) ? (typeof result.notOneStoryReason === 'string' ? result.notOneStoryReason : 'These articles may not be about one story.') : null,
    result.modelFallback ? `The model added nothing (${result.modelFallback}); these are the rules’ findings only.` : null,
    result.droppedPositions > 0
      ? `${count(result.droppedPositions, 'position')} a model reported ${result.droppedPositions === 1 ? 'was' : 'were'} dropped: not found quoted in its article.`
      : null,
    ...arrayOf(result.warnings).filter((w) => typeof w === 'string'),
  ].filter(Boolean);
}

function conflictsSection(conflicts, articles, outlets) {
  const section = el('section', { className: 'conflicts', attrs: { 'aria-labelledby': 'conflicts-heading' } },
    el('h3', { text: 'Where they disagree', attrs: { id: 'conflicts-heading' } }));
  if (!conflicts.length) {
    section.append(el('p', { className: 'all-clear', text: 'No conflicts: no figure, role or quote is given differently.' }));
    return section;
  }
  // ARIA roles are spelled out because the narrow layout restyles the table as blocks, which drops them.
  const columns = articles.map((a, i) => el('th', { attrs: { scope: 'col', role: 'columnheader', 'data-article': a.id } },
    el('span', { className: 'outlet-name', text: outlets.get(a.id) ?? `article ${i + 1}` }),
    a.title ? el('span', { className: 'outlet-title', text: a.title }) : null));
  const rows = conflicts.map((conflict) => el('tr', { className: 'conflict-row', attrs: { role: 'row' } },
    el('th', { attrs: { scope: 'row', role: 'rowheader' } },
      el('span', { className: 'badge kind', text: kindLabel(conflict.kind) }),
      conflict.origin === 'model' ? el('span', { className: 'badge model', text: 'model' }) : null,
      // One article at odds with itself, not outlets disagreeing.
      conflict.within ? el('span', { className: 'badge within', text: `within ${outlets.get(conflict.within) ?? 'one article'}` }) : null,
      el('span', { className: 'subject', text: conflict.subject ?? conflict.statement ?? '' })),
    articles.map((a) => cell(a, arrayOf(conflict.positions).filter((p) => p.articleId === a.id), outlets))));
  const table = el('table', { className: 'matrix', attrs: { id: 'conflict-matrix', role: 'table', 'aria-labelledby': 'conflicts-heading' } },
    el('thead', { attrs: { role: 'rowgroup' } },
      el('tr', { attrs: { role: 'row' } }, el('th', { text: 'Fact', attrs: { scope: 'col', role: 'columnheader' } }), columns)),
    el('tbody', { attrs: { role: 'rowgroup' } }, rows));
  // The table may be wider than the screen with many outlets: it scrolls inside its own region, never the page.
  section.append(el('div', { className: 'matrix-scroll', attrs: { role: 'region', tabindex: 0, 'aria-label': 'Conflicts by outlet' } }, table));
  return section;
}

function cell(article, positions, outlets) {
  const outlet = outlets.get(article.id) ?? '';
  const td = el('td', { attrs: { role: 'cell', 'data-outlet': outlet } });
  if (!positions.length) {
    td.classList.add('absent');
    td.append(el('span', { className: 'absent-text', text: 'Not stated' }));
    return td;
  }
  for (const p of positions) {
    td.append(el('div', { className: 'position' },
      el('strong', { className: 'value', text: p.value ?? '' }),
      p.sentence ? quotedSentence(p.sentence, p.value) : null));
  }
  return td;
}
