import { whenNearViewport } from '../shared/near-viewport.js';
import { loadJson } from './load-json.js';

/**
 * The loading bookkeeping the widgets and `<rus-data>` share: one load at a time (a new one
 * aborts the last, as does leaving the page), the `src` it is for, and the fetch itself,
 * which with `loading="lazy"` waits until the element nears the viewport.
 */
export class SourceLoader {
  #current?: AbortController;
  /** The `src` of the latest load; a different one on the element means load again. */
  src?: string;

  /** Starts a load of `src`, aborting the one before; its signal tells a stale result apart. */
  begin(src: string | undefined): AbortSignal {
    this.#current?.abort();
    this.src = src;
    return (this.#current = new AbortController()).signal;
  }

  /** The element left the page: the load's requests go too (a shared one, when nobody else waits). */
  stop(): void {
    this.#current?.abort();
  }

  /** A load is running or has finished and not been stopped. */
  get active(): boolean {
    return this.#current !== undefined && !this.#current.signal.aborted;
  }
}

export interface FetchOptions {
  signal: AbortSignal;
  timeout?: number;
  fresh?: boolean;
  /** With `loading="lazy"`: the elements whose nearing the viewport starts the fetch. */
  lazyNear?: Element[];
}

/** Fetches a data document (shared per address, see `loadJson`), lazily when asked. */
export async function fetchDocument(src: string, { signal, timeout, fresh, lazyNear }: FetchOptions): Promise<unknown> {
  if (lazyNear) await whenNearViewport(lazyNear, signal);
  return loadJson(src, { signal, timeout, fresh });
}
