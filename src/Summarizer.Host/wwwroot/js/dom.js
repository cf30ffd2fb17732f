// Small DOM helpers. Everything that comes from an article or the API is set as text (textContent, attributes via
// setAttribute), never parsed as HTML, so a <script> or an <img onerror> in an article is shown and runs nothing.

/**
 * Creates an element. `options` may hold className, text, and attrs (set with setAttribute); children are nodes or
 * strings (strings become text nodes). Null children are skipped so optional parts can be written inline.
 */
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const rules = new Intl.PluralRules('en');

/** "1 conflict", "2 conflicts", "0 conflicts"; `plural` defaults to singular + "s". */
export function count(n, singular, plural = `${singular}s`) {
  return `${n} ${rules.select(n) === 'one' ? singular : plural}`;
}

/** Joins items as "a, b and c". */
export function list(items) {
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items.map(String));
}

/** The user asked the system for less motion: scroll instantly. */
export function scrollBehavior() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** A badge naming a finding's or a fact's kind in words an editor uses. */
export function kindLabel(kind, plural = false) {
  const labels = {
    person: ['Person', 'People'], role: ['Role', 'Roles'], organisation: ['Organisation', 'Organisations'],
    place: ['Place', 'Places'], quote: ['Quote', 'Quotes'], quantity: ['Figure', 'Figures'],
    keyPoint: ['Key point', 'Key points'], lede: ['Lede', 'Lede'], headline: ['Headline', 'Headline'],
    date: ['Date', 'Dates'], claim: ['Claim', 'Claims'],
  };
  const known = labels[kind];
  if (known) return known[plural ? 1 : 0];
  // An unknown kind (a newer server) is shown as words: "modelInstruction" → "Model instruction".
  const words = String(kind ?? 'other').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
