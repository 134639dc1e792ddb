import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { DataError } from '../data/data-error.js';
import { dataContext, type DataContextValue } from '../data/context.js';
import { DEFAULT_TIMEOUT_MS, parseJson } from '../data/load-json.js';
import { SourceLoader, fetchDocument } from '../data/source-loader.js';
import { closestProvider, closestUndefinedElement } from '../data/provider-tags.js';
import { validateWith, type ListReaders, type ValidationResult } from '../data/validate/document.js';
import type { RusDocument, RusListName } from '../data/types.js';
import { warnOnce } from '../shared/define.js';
import { RusErrorEvent, RusLoadEvent } from './events.js';
import type { WidgetData } from './widget-data.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
  /** `lazy`: fetch `src` only when the widget nears the viewport. */
  loading?: string;
}

const INLINE = 'The inline <script type="application/json">';

const LOADING: WidgetData = { status: 'loading' };

/** The child `<script type="application/json">` holding the widget's own data, if any. */
const inlineScript = (host: Element) => host.querySelector(':scope > script[type="application/json"]');

/**
 * Brings a widget its data — from a child `<script type="application/json">`, its `src`,
 * or an enclosing `<rus-data>`, in that order; inline data beside `src` is a snapshot,
 * shown at once and replaced by what `src` brings when that differs — validates its own list, and reports
 * the outcome as `state`, a `rus-load` / `rus-error` event and console warnings.
 * Data at hand (inline, or a provider that has loaded) is read at once, so the first
 * render shows it; the event fires once that render is in the shadow root.
 * Never throws into the page: every failure becomes the error state.
 */
export class DataController implements ReactiveController {
  state: WidgetData = LOADING;
  /** The current load; aborted when the host leaves the page or the source changes. */
  readonly #loader = new SourceLoader();
  /** `rus-load` or `rus-error`, dispatched after the update that shows it. */
  #event?: Event;
  #consumer?: ContextConsumer<typeof dataContext, DataHost>;
  #provided?: DataContextValue;
  /** The undefined ancestor waited for once, in case it is a provider under another name. */
  #waitedFor?: string;

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
    this.#loader.stop();
  }

  hostUpdate(): void {
    if (this.#host.isConnected && this.#host.src !== this.#loader.src) this.load();
  }

  hostUpdated(): void {
    const event = this.#event;
    this.#event = undefined;
    if (event) this.#host.dispatchEvent(event);
  }

  /** Loads again: on connect, after `src` changed, or from the retry button (`fresh` skips the cache). */
  load(fresh = false): void {
    const host = this.#host;
    const signal = this.#loader.begin(host.src);
    try {
      const script = inlineScript(host);
      if (script && !host.src) {
        this.#accept(parseJson(script.textContent ?? '', INLINE));
      } else if (host.src) {
        // A snapshot (inline data beside `src`) shows at once; `src` then brings the current data.
        if (!(script && this.#showSnapshot(script.textContent ?? ''))) this.#set(LOADING);
        void this.#fetch(host.src, signal, fresh);
      } else if (closestProvider(host)) {
        this.#subscribe(closestProvider(host)!, signal);
      } else if (document.readyState === 'loading') {
        // A classic script may upgrade the element before the parser has reached its children.
        this.#set(LOADING);
        document.addEventListener('DOMContentLoaded', () => signal.aborted || this.load(fresh), { once: true });
      } else if (closestUndefinedElement(host) && !this.#waitedFor) {
        // Perhaps a provider under the host's own name, registered after this widget: wait for it, once.
        this.#set(LOADING);
        this.#waitedFor = closestUndefinedElement(host)!.localName;
        const defined = customElements.whenDefined(this.#waitedFor);
        const patience = new Promise((resolve) => setTimeout(resolve, host.timeout ?? DEFAULT_TIMEOUT_MS));
        void Promise.race([defined, patience]).then(() => signal.aborted || this.load(fresh));
      } else {
        throw new DataError({
          kind: 'no-source',
          message: `<${host.localName}> has no src, no inline <script type="application/json"> and no enclosing <rus-data> (or the provider under another name)`,
        });
      }
    } catch (error) {
      this.#fail(error instanceof DataError ? error : new DataError({ kind: 'invalid', message: String(error) }));
    }
  }

  /** Fetches `src` (with `loading="lazy"`, once the widget nears the viewport) and shows what came. */
  async #fetch(src: string, signal: AbortSignal, fresh: boolean): Promise<void> {
    const host = this.#host;
    const lazyNear = host.loading === 'lazy' ? [host] : undefined;
    let raw: unknown;
    try {
      raw = await fetchDocument(src, { signal, timeout: host.timeout, fresh, lazyNear });
    } catch (error) {
      if (signal.aborted) return;
      const snapshot = this.#snapshot();
      // With a snapshot on show the visitor loses nothing: the page's author hears of it.
      if (!snapshot) return this.#fail(error as DataError);
      return warnOnce(`rus-widgets: <${host.localName}> shows its snapshot: ${(error as DataError).message}`);
    }
    if (signal.aborted) return;
    const snapshot = this.#snapshot();
    const result = this.#validate(raw);
    if (!result.ok && snapshot) {
      warnOnce(`rus-widgets: <${host.localName}> shows its snapshot: ${src} is unusable — ${result.message}`);
      return;
    }
    // Only changed data renders again: a carousel the visitor moved stays where it is.
    if (!result.ok || JSON.stringify(result.document) !== JSON.stringify(snapshot)) this.#show(result);
  }

  /** The document on show (from a snapshot) while `src` is fetched, if any. */
  #snapshot(): RusDocument | undefined {
    return this.state.status === 'ready' ? this.state.document : undefined;
  }

  /** Shows the inline snapshot; `false`, with a warning, when it is not usable (then `src` alone counts). */
  #showSnapshot(text: string): boolean {
    let result: ValidationResult | undefined;
    try {
      result = this.#validate(parseJson(text, INLINE));
    } catch (error) {
      warnOnce(`rus-widgets: <${this.#host.localName}> ignores its snapshot: ${(error as DataError).message}`);
      return false;
    }
    if (result.ok) this.#show(result);
    else warnOnce(`rus-widgets: <${this.#host.localName}> ignores its snapshot: ${result.message}`);
    return result.ok;
  }

  /** The retry button: a widget inside `<rus-data>` asks the provider; others fetch afresh. */
  retry(): void {
    if (this.#provided && !this.#ownSource()) this.#provided.retry();
    else this.load(true);
  }

  #ownSource(): boolean {
    return Boolean(this.#host.src) || inlineScript(this.#host) !== null;
  }

  /** Takes the data of the enclosing provider: now if it has it, and each time it loads again. */
  #subscribe(provider: Element, signal: AbortSignal): void {
    if (this.#consumer) {
      // Connected again: the consumer asks the provider anew, and a new provider answers.
      if (this.#provided) this.#fromProvider(this.#provided);
      return;
    }
    this.#set(LOADING);
    if (!customElements.get(provider.localName)) {
      void customElements.whenDefined(provider.localName).then(() => signal.aborted || this.load());
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
    this.#show(this.#validate(raw));
  }

  /** Validates the widget's own list, warning of each dropped item or link. */
  #validate(raw: unknown): ValidationResult {
    const result = validateWith(this.#readers, raw, { rootList: this.#list });
    const where = this.#host.src ? ` (${this.#host.src})` : '';
    for (const problem of result.problems) {
      if (problem.effect !== 'document') warnOnce(`rus-widgets: ${problem.message}${where} — at ${problem.path}`);
    }
    return result;
  }

  #show(result: ValidationResult): void {
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
