// What the page tells the editor: progress and results in a polite live region, failures in an alert that shows the
// server's problem (title, detail, each invalid field, a hint, the trace id to quote when reporting it).
import { el } from './dom.js';

export class Feedback {
  constructor(status, error) {
    this.statusRegion = status;
    this.errorRegion = error;
  }

  status(message) {
    this.statusRegion.textContent = message;
  }

  clearProblem() {
    this.errorRegion.hidden = true;
    this.errorRegion.replaceChildren();
  }

  /** Shows an ApiProblem (or any Error) in the alert region. */
  problem(error) {
    this.status('');
    const errors = error.errors
      ? Object.entries(error.errors).flatMap(([field, messages]) =>
        (Array.isArray(messages) ? messages : [messages]).map((m) => el('li', {}, el('code', { text: field }), ` ${m}`)))
      : [];
    const parts = [
      el('p', { className: 'problem-title', text: error.title ?? 'Something went wrong' }),
      error.detail && error.detail !== error.title ? el('p', { className: 'problem-detail', text: error.detail }) : null,
      errors.length ? el('ul', { className: 'problem-errors' }, errors) : null,
      error.hint ? el('p', { className: 'problem-hint', text: error.hint }) : null,
      error.traceId ? el('p', { className: 'problem-trace' }, 'Trace id ', el('code', { text: error.traceId })) : null,
    ];
    this.errorRegion.replaceChildren(...parts.filter(Boolean));
    this.errorRegion.hidden = false;
  }
}
