import { DataError, isAbort } from './data-error.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** One request per URL per page: every widget on a URL shares it and its result. */
const requests = new Map<string, SharedRequest>();

export interface LoadOptions {
  /** The caller's interest; aborting it leaves the shared request to the other callers. */
  signal?: AbortSignal;
  timeout?: number;
  /** Start a new request even when a result is cached (retry). */
  fresh?: boolean;
}

/**
 * Fetches and parses the JSON at `url`, shared by every caller on the page. The
 * network request is aborted only when no caller is waiting for it any more.
 * Rejects with `DataError`, or with an `AbortError` when `signal` aborts.
 */
export function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(new DataError({ kind: 'network', url, message: `"${url}" is not a usable address` }));
  }
  let request = requests.get(key);
  if (!request || (options.fresh && request.settled)) {
    const timeout = Number(options.timeout);
    request = startRequest(key, timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS);
    requests.set(key, request);
  }
  return waitFor(key, request, options.signal);
}

/** Forget every cached result (tests, and a host that knows the data changed). */
export function clearDataCache(): void {
  requests.clear();
}

function waitFor(key: string, request: SharedRequest, signal?: AbortSignal): Promise<unknown> {
  // A caller without a signal waits for good: the request is never aborted under it.
  if (!signal) {
    request.waiting++;
    return request.promise;
  }
  if (signal.aborted) return Promise.reject(new DOMException('The widget stopped waiting', 'AbortError'));
  request.waiting++;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      request.waiting--;
      signal.removeEventListener('abort', leave);
    };
    const leave = () => {
      if (done) return;
      finish();
      reject(new DOMException('The widget stopped waiting', 'AbortError'));
      // Checked a moment later, so a widget that is only moved in the page (disconnected
      // and connected again at once) rejoins the request instead of starting another.
      queueMicrotask(() => {
        if (request.waiting === 0 && !request.settled) {
          request.controller.abort();
          if (requests.get(key) === request) requests.delete(key);
        }
      });
    };
    signal.addEventListener('abort', leave, { once: true });
    request.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

function startRequest(url: string, timeout: number): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  request.promise = fetchJson(url, controller.signal)
    .catch((error: unknown) => {
      if (timedOut) throw new DataError({ kind: 'timeout', url, message: `No answer from ${url} within ${timeout} ms` });
      throw error;
    })
    .finally(() => {
      clearTimeout(timer);
      request.settled = true;
    });
  // A failed request is not kept: the next caller (a retry) starts afresh.
  request.promise.catch(() => {
    if (requests.get(url) === request) requests.delete(url);
  });
  return request;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    // No credentials and no custom headers: a simple request, no CORS preflight, no cookies.
    response = await fetch(url, { credentials: 'omit', signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new DataError({ kind: 'network', url, message: `Could not reach ${url}: ${String(error)}` });
  }
  if (!response.ok) {
    throw new DataError({ kind: 'http', url, status: response.status, message: `${url} answered HTTP ${response.status} ${response.statusText}`.trim() });
  }
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (/html/i.test(type) || /^\s*</.test(text)) {
    throw new DataError({ kind: 'not-json', url, message: `${url} returned a web page (${type || 'HTML'}), not JSON data` });
  }
  return parseJson(text, url, url);
}

/** JSON.parse with the failure as a `not-json` DataError; `source` names the text in the message. */
export function parseJson(text: string, source: string, url?: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError({ kind: 'not-json', url, message: `${source} is not valid JSON: ${(error as Error).message}` });
  }
}
