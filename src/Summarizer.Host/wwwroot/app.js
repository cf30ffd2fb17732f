// The editor page. Every string that comes from an article or a summary is set with textContent (never innerHTML),
// so a <script> or an <img onerror> pasted into an article is shown as text and runs nothing.
'use strict';
const $ = (id) => document.getElementById(id);
const story = [];

const keyField = $('api-key');
keyField.value = sessionStorage.getItem('summarizer-api-key') || '';
keyField.addEventListener('change', () => sessionStorage.setItem('summarizer-api-key', keyField.value));

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function status(message, isError) {
  $('status').textContent = message;
  $('status').className = isError ? 'error' : '';
}

function currentArticle() {
  return { title: $('title').value || null, outlet: $('outlet').value || null, text: $('text').value };
}

async function post(path, body) {
  sessionStorage.setItem('summarizer-api-key', keyField.value);
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': keyField.value },
    body: JSON.stringify(body),
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = payload && payload.errors ? ' ' + Object.entries(payload.errors).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ') : '';
    throw new Error(`${response.status} ${(payload && (payload.detail || payload.title)) || response.statusText}.${errors}`);
  }
  return payload;
}

function renderArticle(article, cited) {
  const container = $('article-text');
  container.replaceChildren();
  let position = 0;
  for (const sentence of article.sentences) {
    if (sentence.start > position) container.append(document.createTextNode(article.text.slice(position, sentence.start)));
    const text = article.text.slice(sentence.start, sentence.start + sentence.length);
    if (cited.has(sentence.id)) {
      const mark = el('mark', text, 'cited');
      mark.id = `s${sentence.id}`;
      mark.dataset.sentence = sentence.id;
      container.append(mark);
    } else {
      container.append(document.createTextNode(text));
    }
    position = sentence.start + sentence.length;
  }
  if (position < article.text.length) container.append(document.createTextNode(article.text.slice(position)));
}

function renderFacts(summary) {
  const facts = $('facts');
  facts.replaceChildren();
  const add = (label, values) => {
    if (!values.length) return;
    facts.append(el('dt', label));
    for (const value of values) facts.append(el('dd', value));
  };
  add('People', summary.people.map((p) => p.roles.length ? `${p.name} (${p.roles.join(', ')})` : p.name));
  add('Organisations', summary.organisations);
  add('Places', summary.places);
  add('Figures', summary.quantities.map((q) => q.text || String(q.value)));
  add('Quotes', summary.quotes.map((q) => `“${q.text}” — ${q.speaker || 'unattributed'}`));
}

function renderFindings(verdict) {
  const list = $('findings');
  list.replaceChildren();
  const findings = verdict ? verdict.findings : [];
  for (const f of findings) {
    const item = el('li', `${f.status.toUpperCase()} · ${f.kind}: ${f.claim}`, `finding-${f.status}`);
    if (f.note) item.append(el('span', ` — ${f.note}`));
    if (f.evidence) item.append(el('q', f.evidence));
    list.append(item);
  }
  if (!findings.length) list.append(el('li', 'No checkable claims.'));
}

function render(response) {
  const { article, summary } = response;
  const verdict = summary.verdict;
  $('headline').textContent = summary.headline;
  $('lede').textContent = summary.lede;
  $('verdict').textContent = verdict
    ? `${verdict.findings.every((f) => f.status === 'supported') ? 'Verified' : 'NOT verified'} — score ${verdict.score.toFixed(2)}${response.cached ? ' (from cache)' : ''}`
    : 'Not verified';
  $('verdict').className = verdict && verdict.findings.every((f) => f.status === 'supported') ? 'verified' : 'not-verified';
  const points = $('key-points');
  points.replaceChildren();
  const cited = new Set();
  for (const point of summary.keyPoints) {
    const item = el('li', point.text);
    for (const id of point.sentenceIds) {
      cited.add(id);
      const link = el('a', `[s${id}]`, 'cite');
      link.href = `#s${id}`;
      item.append(link);
    }
    points.append(item);
  }
  renderFacts(summary);
  renderFindings(verdict);
  renderArticle(article, cited);
  $('result').hidden = false;
}

$('summarize').addEventListener('click', async () => {
  status('Summarising…');
  try {
    render(await post('/api/summaries', currentArticle()));
    status('Done.');
  } catch (e) {
    status(e.message, true);
  }
});

function positionsTable(positions) {
  const table = el('table', null, 'positions');
  const head = el('tr');
  ['outlet', 'states', 'sentence'].forEach((h) => head.append(el('th', h)));
  table.append(head);
  for (const p of positions) {
    const row = el('tr');
    row.append(el('td', p.outlet ?? p.articleId), el('td', p.value), el('td', p.sentence));
    table.append(row);
  }
  return table;
}

// Findings a model added are marked: their quotes were checked against the articles, their reading was not.
const fromModel = (f) => (f.origin === 'model' ? ' (model)' : '');

// A conflict is a table, outlet by outlet; agreements and single-source claims are lists.
function renderStory(result) {
  const view = $('story-result');
  view.replaceChildren();
  view.append(el('p', `${result.articles.length} articles · ${result.conflicts.length} conflicts · ` +
    `${result.agreements.length} agreements · ${result.singleSource.length} single-source claims` +
    (result.modelFallback ? ` · model comparison not used (${result.modelFallback})` : '')));
  for (const c of result.conflicts) {
    view.append(el('h3', `⚠ Conflict (${c.kind}): ${c.subject}${fromModel(c)}`, 'conflict'), positionsTable(c.positions));
  }
  if (result.agreements.length) {
    view.append(el('h3', 'Agreements'));
    const list = el('ul');
    for (const a of result.agreements) list.append(el('li', `${a.statement} — ${a.positions.map((p) => p.outlet ?? p.articleId).join('; ')}${fromModel(a)}`));
    view.append(list);
  }
  if (result.singleSource.length) {
    view.append(el('h3', 'Only one outlet'));
    const list = el('ul');
    for (const s of result.singleSource) list.append(el('li', `${s.statement} — ${s.position.outlet ?? s.position.articleId}${fromModel(s)}`));
    view.append(list);
  }
}

$('add-to-story').addEventListener('click', () => {
  story.push(currentArticle());
  $('story-count').textContent = String(story.length);
  status(`${story.length} article(s) in the story.`);
});

$('compare').addEventListener('click', async () => {
  status('Comparing…');
  try {
    const result = await post('/api/comparisons', { articles: story });
    renderStory(result);
    $('story').hidden = false;
    status('Done.');
  } catch (e) {
    status(e.message, true);
  }
});

const textArea = $('text');
textArea.addEventListener('dragover', (e) => { e.preventDefault(); textArea.classList.add('dragover'); });
textArea.addEventListener('dragleave', () => textArea.classList.remove('dragover'));
textArea.addEventListener('drop', async (e) => {
  e.preventDefault();
  textArea.classList.remove('dragover');
  const file = e.dataTransfer.files[0];
  if (file) textArea.value = await file.text();
});
