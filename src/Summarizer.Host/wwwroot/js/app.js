// The editor page: wires the form, the story tray and the two views to the API.
import { apiKey, postJson } from './api.js';
import { count } from './dom.js';
import { Feedback } from './feedback.js';
import { renderSummary } from './summary-view.js';
import { renderStory } from './story-view.js';
import { StoryTray } from './story-tray.js';
import { attachFileInputs } from './file-input.js';

const $ = (id) => document.getElementById(id);
const form = $('article-form');
const keyField = $('api-key');
const textField = $('text');
const feedback = new Feedback($('status'), $('error'));
const tray = new StoryTray({
  list: $('story-articles'), counter: $('story-count'), empty: $('tray-empty'), compare: $('compare'),
  fallbackFocus: textField, onRemove: (message) => feedback.status(message),
});
let inFlight = null;

keyField.value = apiKey.load();
keyField.addEventListener('input', () => apiKey.save(keyField.value.trim()));
attachFileInputs($('file'), textField, (message) => feedback.status(message));

function currentArticle() {
  const value = (id) => $(id).value.trim() || null;
  return { title: value('title'), outlet: value('outlet'), text: textField.value };
}

/** Runs one API call at a time, with the buttons disabled and a Cancel that aborts it (the server stops too). */
async function run(busyMessage, call) {
  feedback.clearProblem();
  feedback.status(busyMessage);
  inFlight = new AbortController();
  setBusy(true);
  try {
    await call(inFlight.signal);
  } catch (error) {
    if (error.name === 'AbortError') {
      feedback.status('Cancelled.');
    } else {
      feedback.problem(error);
      if (error.status === 401) keyField.focus();
    }
  } finally {
    inFlight = null;
    setBusy(false);
  }
}

function setBusy(busy) {
  for (const id of ['summarize', 'add-to-story']) $(id).disabled = busy;
  $('compare').disabled = busy || !tray.canCompare;
  $('cancel').hidden = !busy;
  $('busy').hidden = !busy;
  $('results').setAttribute('aria-busy', String(busy));
  $('story-view').setAttribute('aria-busy', String(busy));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run('Summarising and checking…', async (signal) => {
    const response = await postJson('/api/summaries', currentArticle(), keyField.value.trim(), signal);
    $('empty-state').hidden = true;
    renderSummary($('summary-view'), response, (message) => feedback.status(message));
    const problems = (response.summary?.verdict?.findings ?? []).filter((f) => f.status !== 'supported').length;
    feedback.status(`Summary ready: ${count(problems, 'problem')} to check.`);
    showResults();
  });
});

/** Brings a new summary into sight when it is below the fold (the narrow layout puts it under the form). */
function showResults() {
  const results = $('results');
  const top = results.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight / 2) results.scrollIntoView({ block: 'start', behavior: 'auto' });
  $('headline').focus({ preventScroll: true });
}

// Ctrl+Enter (Cmd+Enter on a Mac) in the text summarises, as in most editors' tools.
textField.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});

$('add-to-story').addEventListener('click', () => {
  if (!textField.value.trim()) {
    textField.setCustomValidity('Paste the article’s text first.');
    textField.reportValidity();
    textField.setCustomValidity('');
    return;
  }
  if (!tray.add(currentArticle())) {
    feedback.status('A story holds at most 20 articles: remove one first.');
    return;
  }
  const label = tray.label(tray.articles.length - 1);
  // Not form.reset(): the key field belongs to the form (for validation) and must survive.
  for (const id of ['title', 'outlet', 'text', 'file']) $(id).value = '';
  textField.focus();
  const needed = 2 - tray.articles.length;
  feedback.status(needed > 0
    ? `${label} added. Paste ${count(needed, 'more article')} of the same story to compare.`
    : `${label} added: ${count(tray.articles.length, 'article')} in the story.`);
});

$('compare').addEventListener('click', () => {
  run(`Comparing ${count(tray.articles.length, 'article')}…`, async (signal) => {
    const result = await postJson('/api/comparisons', { articles: tray.articles }, keyField.value.trim(), signal);
    const view = $('story-view');
    renderStory(view, result);
    view.focus({ preventScroll: true });
    // Instant: the comparison must be in sight as soon as it is announced.
    view.scrollIntoView({ block: 'start', behavior: 'auto' });
    feedback.status(`Story compared: ${count((result.conflicts ?? []).length, 'conflict')}.`);
  });
});

$('cancel').addEventListener('click', () => inFlight?.abort());
