// The articles gathered for a story comparison, kept in this page only (closing the tab forgets them).
import { el, count } from './dom.js';

export const MaxArticles = 20;
const MinArticles = 2;

export class StoryTray {
  constructor({ list, counter, empty, compare, fallbackFocus, onRemove }) {
    Object.assign(this, { list, counter, empty, compare, fallbackFocus, onRemove });
    this.articles = [];
    this.render();
  }

  get isFull() { return this.articles.length >= MaxArticles; }

  get canCompare() { return this.articles.length >= MinArticles && this.articles.length <= MaxArticles; }

  add(article) {
    if (this.isFull) return false;
    this.articles.push(article);
    this.render();
    return true;
  }

  clear() {
    this.articles = [];
    this.render();
  }

  /** How an article is named in the tray and in messages: its outlet, else its place in the story. */
  label(index) {
    const article = this.articles[index];
    return article.outlet || `Article ${index + 1}`;
  }

  render() {
    const n = this.articles.length;
    this.counter.textContent = count(n, 'article');
    this.empty.hidden = n > 0;
    this.list.replaceChildren(...this.articles.map((article, index) => {
      const remove = el('button', {
        className: 'quiet small', text: 'Remove',
        attrs: { type: 'button', 'aria-label': `Remove ${this.label(index)} from the story` },
      });
      remove.addEventListener('click', () => this.remove(index));
      return el('li', {},
        el('span', { className: 'tray-label' },
          el('strong', { text: this.label(index) }),
          el('span', { className: 'tray-title', text: article.title || firstWords(article.text) })),
        remove);
    }));
    this.compare.disabled = !this.canCompare;
    this.compare.textContent = n >= MinArticles ? `Compare ${count(n, 'article')}` : 'Compare articles';
  }

  remove(index) {
    const label = this.label(index);
    this.articles.splice(index, 1);
    this.render();
    // Focus would be lost with the removed button: move it to a neighbour or to the compare button.
    const buttons = this.list.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? (this.compare.disabled ? this.fallbackFocus : this.compare)).focus();
    this.onRemove?.(`${label} removed from the story.`);
  }
}

function firstWords(text) {
  const words = text.trim().split(/\s+/).slice(0, 10).join(' ');
  return words.length < text.trim().length ? `${words}…` : words;
}
