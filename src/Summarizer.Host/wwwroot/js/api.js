// Calls to the editors' API. Failures become an ApiProblem carrying the server's RFC 7807 answer (title, detail,
// validation errors, trace id) plus what the page can add: Retry-After, and a hint for the usual causes.

const keyStorage = 'summarizer-api-key';

/** The key is kept per tab (sessionStorage), never across sessions (localStorage). */
export const apiKey = {
  load: () => sessionStorage.getItem(keyStorage) ?? '',
  save: (value) => (value ? sessionStorage.setItem(keyStorage, value) : sessionStorage.removeItem(keyStorage)),
};

/** A failed call, in words an editor can act on. */
export class ApiProblem extends Error {
  constructor({ status, title, detail, errors, traceId, retryAfter, hint }) {
    super(detail || title);
    Object.assign(this, { status, title, detail, errors, traceId, retryAfter, hint });
  }
}

const hints = {
  401: 'Check the API key: it must be one of the server’s Summarizer:Api:ApiKeys.',
  413: 'The article is larger than the server accepts; paste the story text without surrounding material.',
  415: 'The server did not accept the body’s type or character set.',
  429: 'Too many requests for this key or address.',
  503: 'The server is busy or took too long.',
};

/** POSTs JSON with the key; resolves to the parsed 2xx body, or throws ApiProblem. */
export async function postJson(path, body, key, signal) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': key },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiProblem({ status: 0, title: 'The server could not be reached', detail: 'Check that summarizer serve is running and try again.' });
  }
  const payload = await response.json().catch(() => null);
  if (response.ok) return payload ?? {};
  throw toProblem(response, payload);
}

function toProblem(response, payload) {
  const problem = payload && typeof payload === 'object' ? payload : {};
  const retryAfter = retrySeconds(response.headers.get('Retry-After'));
  let hint = hints[response.status];
  if (retryAfter !== null && (response.status === 429 || response.status === 503)) {
    hint = `${hint ?? ''} Try again in ${retryAfter} s.`.trim();
  }
  return new ApiProblem({
    status: response.status,
    title: typeof problem.title === 'string' ? problem.title : `${response.status} ${response.statusText || 'Error'}`,
    detail: typeof problem.detail === 'string' ? problem.detail : null,
    errors: problem.errors && typeof problem.errors === 'object' ? problem.errors : null,
    traceId: typeof problem.traceId === 'string' ? problem.traceId : null,
    retryAfter,
    hint,
  });
}

/** Retry-After is either seconds or an HTTP date. */
function retrySeconds(header) {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
