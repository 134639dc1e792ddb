import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { DataError } from '../data/data-error.js';
import { dataContext, type DataContextValue } from '../data/context.js';
import { loadJson, parseJson } from '../data/load-json.js';
import { validateWith, type ListReaders } from '../data/validate/document.js';
import type { RusListName } from '../data/types.js';
import { warnOnce } from '../shared/define.js';
import { RusErrorEvent, RusLoadEvent } from './events.js';
import type { WidgetData } from './widget-data.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
}

const LOADING: WidgetData = { status: 'loading' };

/** The child `<script type="application/json">` holding the widget's own data, if any. */
const inlineScript = (host: Element) => host.querySelector(':scope > script[type="application/json"]');

/**
 * Brings a widget its data — from a child `<script type="application/json">`, its `src`,
 * or an enclosing `<rus-data>`, in that order — validates its own list, and reports
 * the outcome as `state`, a `rus-load` / `rus-error` event and console warnings.
 * Data at hand (inline, or a provider that has loaded) is read at once, so the first
 * render shows it; the event fires once that render is in the shadow root.
 * Never throws into the page: every failure becomes the error state.
 */
export class DataController implements ReactiveController {
  state: WidgetData = LOADING;
  /** The current load; aborted when the host leaves the page or the source changes. */
  #loading?: AbortController;
  /** `rus-load` or `rus-error`, dispatched after the update that shows it. */
  #event?: Event;
  #consumer?: ContextConsumer<typeof dataContext, DataHost>;
  #provided?: DataContextValue;
  /** The `src` the current state belongs to; a different one on the host means load again. */
  #loadedSrc?: string;

  readonly #host: DataHost;
  readonly #list: RusListName;
  readonly #readers: ListReaders;

  constructor(host: DataHost, list: RusListName, readers: ListReaders) {
    this.#host = host;
    this.#list = list;
    this.#readers = readers;
    host.addController(this);
  }

  hostConnected(): void {
    this.load();
  }

  hostDisconnected(): void {
    this.#loading?.abort();
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#host.src !== this.#loadedSrc) this.load();
  }

  hostUpdated(): void {
    const event = this.#event;
    this.#event = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  /** Loads again: on connect, after `src` changed, or from the retry button (`fresh` skips the cache). */
  load(fresh = false): void {
    this.#loading?.abort();
    const { signal } = (this.#loading = new AbortController());
    const host = this.#host;
    this.#loadedSrc = host.src;
    try {
      const script = inlineScript(host);
      if (script) {
        this.#accept(parseJson(script.textContent ?? '', 'The inline <script type="application/json">'));
      } else if (host.src) {
        this.#set(LOADING);
        loadJson(host.src, { signal, timeout: host.timeout, fresh }).then(
          (raw) => signal.aborted || this.#accept(raw),
          (error: DataError) => signal.aborted || this.#fail(error),
        );
      } else if (host.closest('rus-data')) {
        this.#subscribe(signal);
      } else if (document.readyState === 'loading') {
        // A classic script may upgrade the element before the parser has reached its children.
        this.#set(LOADING);
        document.addEventListener('DOMContentLoaded', () => signal.aborted || this.load(fresh), { once: true });
      } else {
        throw new DataError({
          kind: 'no-source',
          message: `<${host.localName}> has no src, no inline <script type="application/json"> and no enclosing <rus-data>`,
        });
      }
    } catch (error) {
      this.#fail(error instanceof DataError ? error : new DataError({ kind: 'invalid', message: String(error) }));
    }
  }

  /** The retry button: a widget inside `<rus-data>` asks the provider; others fetch afresh. */
  retry(): void {
    if (this.#provided && !this.#ownSource()) this.#provided.retry();
    else this.load(true);
  }

  #ownSource(): boolean {
    return Boolean(this.#host.src) || inlineScript(this.#host) !== null;
  }

  /** Takes the data of the enclosing `<rus-data>`: now if it has it, and each time it loads again. */
  #subscribe(signal: AbortSignal): void {
    if (this.#consumer) {
      // Connected again: the consumer asks the provider anew, and a new provider answers.
      if (this.#provided) this.#fromProvider(this.#provided);
      return;
    }
    this.#set(LOADING);
    if (!customElements.get('rus-data')) {
      void customElements.whenDefined('rus-data').then(() => signal.aborted || this.load());
      return;
    }
    // Asks the provider at once (a loaded one answers in this call).
    this.#consumer = new ContextConsumer(this.#host, {
      context: dataContext,
      subscribe: true,
      callback: (value) => {
        // The same value arrives again when the host reconnects; it is read already.
        if (value === this.#provided) return;
        this.#provided = value;
        if (!this.#ownSource()) this.#fromProvider(value);
      },
    });
  }

  #fromProvider({ data }: DataContextValue): void {
    if (data.status === 'ready') this.#accept(data.raw);
    else if (data.status === 'error') this.#fail(data.error);
    else this.#set(LOADING);
  }

  #accept(raw: unknown): void {
    const result = validateWith(this.#readers, raw, { rootList: this.#list });
    const where = this.#host.src ? ` (${this.#host.src})` : '';
    for (const problem of result.problems) {
      if (problem.effect !== 'document') warnOnce(`rus-widgets: ${problem.message}${where} — at ${problem.path}`);
    }
    if (result.ok) this.#set({ status: 'ready', document: result.document }, new RusLoadEvent(result.document));
    else this.#fail(new DataError({ kind: result.kind, message: result.message, url: this.#host.src }));
  }

  #fail(error: DataError): void {
    console.warn(`rus-widgets: <${this.#host.localName}> could not show its data — ${error.kind}: ${error.message}`);
    this.#set({ status: 'error', error }, new RusErrorEvent(error.detail));
  }

  #set(state: WidgetData, event?: Event): void {
    this.state = state;
    this.#event = event;
    this.#host.requestUpdate();
  }
}
