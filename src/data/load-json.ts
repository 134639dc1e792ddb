import { DataError, isAbort } from './data-error.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled?: boolean;
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
 * Fetches and parses the JSON at `url`, shared by every caller on the page. Each caller
 * gives up on its own `timeout`; the network request is aborted only when no caller is
 * waiting for it any more. Rejects with `DataError`, or with an `AbortError` when `signal` aborts.
 */
export function loadJson(url: string, { signal, timeout, fresh }: LoadOptions = {}): Promise<unknown> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(new DataError({ kind: 'network', url, message: `"${url}" is not a usable address` }));
  }
  let request = requests.get(key);
  if (!request || (fresh && request.settled)) {
    request = startRequest(key);
    requests.set(key, request);
  }
  const shared = request;
  shared.waiting++;
  const patience = Number(timeout) > 0 ? Number(timeout) : DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    let waiting = true;
    /** This caller stops waiting (settled, aborted or out of patience); the last one out aborts the request. */
    const stop = () => {
      if (!waiting) return false;
      waiting = false;
      shared.waiting--;
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      // Checked a moment later, so a widget that is only moved in the page (disconnected
      // and connected again at once) rejoins the request instead of starting another.
      queueMicrotask(() => {
        if (shared.waiting === 0 && !shared.settled) {
          shared.controller.abort();
          if (requests.get(key) === shared) requests.delete(key);
        }
      });
      return true;
    };
    const abort = () => stop() && reject(new DOMException('The widget stopped waiting', 'AbortError'));
    const timer = setTimeout(
      () =>
        stop() &&
        reject(new DataError({ kind: 'timeout', url: key, message: `No answer from ${key} within ${patience} ms` })),
      patience,
    );
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    shared.promise.then(
      (raw) => stop() && resolve(raw),
      (error: unknown) => stop() && reject(error),
    );
  });
}

/** Forget every cached result (tests, and a host that knows the data changed). */
export function clearDataCache(): void {
  requests.clear();
}

function startRequest(url: string): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, promise: Promise.resolve() };
  request.promise = fetchJson(url, controller.signal).then(
    (raw) => {
      request.settled = true;
      return raw;
    },
    (error: unknown) => {
      request.settled = true;
      // A failed request is not kept: the next caller (a retry) starts afresh.
      if (requests.get(url) === request) requests.delete(url);
      throw error;
    },
  );
  // Callers that gave up all left: the abort that follows is nobody's failure.
  request.promise.catch(() => undefined);
  return request;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  try {
    // No credentials and no custom headers: a simple request, no CORS preflight, no cookies.
    const response = await fetch(url, { credentials: 'omit', signal });
    if (!response.ok) {
      throw new DataError({
        kind: 'http',
        url,
        status: response.status,
        message: `${url} answered HTTP ${response.status} ${response.statusText}`.trim(),
      });
    }
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new DataError({
        kind: 'not-json',
        url,
        message: `${url} returned a web page (${type || 'HTML'}), not JSON data`,
      });
    }
    return parseJson(text, url, url);
  } catch (error) {
    // Whatever else fails (no connection, a body cut off) is a network error.
    if (error instanceof DataError || isAbort(error)) throw error;
    // The browser tells a dead server and a missing CORS header apart to nobody: name both.
    throw new DataError({
      kind: 'network',
      url,
      message: `the request to ${url} failed, probably blocked by CORS (the server sends no Access-Control-Allow-Origin header) or by the network (${String(error)})`,
    });
  }
}

/** JSON.parse with the failure as a `not-json` DataError; `source` names the text in the message. */
export function parseJson(text: string, source: string, url?: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError({ kind: 'not-json', url, message: `${source} is not valid JSON: ${(error as Error).message}` });
  }
}
