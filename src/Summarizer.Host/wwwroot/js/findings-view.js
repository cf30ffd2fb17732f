// The verifier's findings: problems first (contradicted, then unsupported), open; then the supported ones collapsed
// by kind in <details>. Each finding shows its status, kind, claim, evidence and note as separate elements; a
// finding whose evidence is in the article is a button that shows it there.
import { el, count, kindLabel } from './dom.js';

const severity = { contradicted: 0, unsupported: 1, flagged: 2 };
const groupOrder = ['headline', 'lede', 'keyPoint', 'quantity', 'quote', 'role', 'person', 'organisation', 'place'];

/** Findings that need an editor: anything not "supported", most severe first. */
export function problemsOf(findings) {
  return findings
    .filter((f) => f.status !== 'supported')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (severity[a.f.status] ?? 2) - (severity[b.f.status] ?? 2) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Renders the findings into `container`. `canLocate(finding)` says whether its evidence is in the article;
 * `onShow(finding, button)` is called when the editor asks to see it.
 */
export function renderFindings(container, findings, canLocate, onShow) {
  const problems = problemsOf(findings);
  const supported = findings.filter((f) => f.status === 'supported');
  const parts = [el('h3', { text: 'Checks', attrs: { id: 'checks-heading' } })];

  if (problems.length) {
    parts.push(el('h4', { className: 'group-heading problem-heading', text: `Needs attention · ${problems.length}` }),
      el('ul', { className: 'findings problems' }, problems.map((f) => item(f, canLocate, onShow))));
  } else if (findings.length) {
    parts.push(el('p', { className: 'all-clear', text: 'No problems: every checked claim is supported by the article.' }));
  } else {
    parts.push(el('p', { className: 'hint', text: 'The summary makes no claim the checker could test.' }));
  }

  if (supported.length) {
    parts.push(el('h4', { className: 'group-heading', text: `Supported · ${supported.length}` }));
    for (const [kind, group] of byKind(supported)) {
      parts.push(el('details', { className: 'kind-group' },
        el('summary', {}, el('span', { text: kindLabel(kind, group.length !== 1) }), el('span', { className: 'count', text: String(group.length) })),
        el('ul', { className: 'findings' }, group.map((f) => item(f, canLocate, onShow)))));
    }
  }
  container.replaceChildren(...parts);
}

function byKind(findings) {
  const groups = new Map();
  for (const f of findings) {
    if (!groups.has(f.kind)) groups.set(f.kind, []);
    groups.get(f.kind).push(f);
  }
  const rank = (kind) => (groupOrder.includes(kind) ? groupOrder.indexOf(kind) : groupOrder.length);
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0]));
}

function item(finding, canLocate, onShow) {
  const status = String(finding.status ?? 'unknown');
  const parts = [
    el('span', { className: 'finding-meta' },
      el('span', { className: `badge status-${status}`, text: statusLabel(status) }),
      el('span', { className: 'badge kind', text: kindLabel(finding.kind) })),
    el('span', { className: 'claim', text: finding.claim ?? '' }),
    evidenceLine(finding),
    finding.note ? el('span', { className: 'note', text: finding.note }) : null,
  ];
  const locatable = canLocate(finding);
  const body = locatable
    ? el('button', { className: 'finding-body', attrs: { type: 'button', title: 'Show the evidence in the article' } }, parts)
    : el('div', { className: 'finding-body' }, parts);
  if (locatable) body.addEventListener('click', () => onShow(finding, body));
  return el('li', { className: `finding finding-${status}` }, body);
}

function evidenceLine(finding) {
  const label = el('span', { className: 'label', text: 'Evidence' });
  if (typeof finding.evidence === 'string' && finding.evidence) {
    return el('span', { className: 'evidence-line' }, label, el('q', { text: finding.evidence }));
  }
  return el('span', { className: 'evidence-line missing' }, label, el('span', { text: 'none in the article' }));
}

function statusLabel(status) {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

/** "44 of 45 claims supported" for the verdict line. */
export function tally(findings) {
  const supported = findings.length - problemsOf(findings).length;
  return `${supported} of ${count(findings.length, 'claim')} supported`;
}
