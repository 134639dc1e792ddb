import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { DataError, isAbort } from '../data/data-error.js';
import { dataContext, type DataContextValue } from '../data/context.js';
import { loadJson } from '../data/load-json.js';
import { validateWith, type ListReaders } from '../data/validate/document.js';
import type { RusListName } from '../data/types.js';
import { warnOnce } from '../shared/define.js';
import { RusErrorEvent, RusLoadEvent } from './events.js';
import { documentStillParsing, inlineScript, readInlineJson } from './read-source.js';
import type { WidgetData } from './widget-data.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
}

/**
 * Brings a widget its data — from a child `<script type="application/json">`, its `src`,
 * or an enclosing `<rus-data>`, in that order — validates its own list, and reports
 * the outcome as `state`, a `rus-load` / `rus-error` event and console warnings.
 * Never throws into the page: every failure becomes the error state.
 */
export class DataController implements ReactiveController {
  state: WidgetData = { status: 'loading' };
  private loading?: AbortController;
  private consumer?: ContextConsumer<typeof dataContext, DataHost>;
  private provided?: DataContextValue;
  /** The `src` the current state belongs to; a different one on the host means load again. */
  private loadedSrc?: string;

  constructor(
    private readonly host: DataHost,
    private readonly list: RusListName,
    private readonly readers: ListReaders,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  hostDisconnected(): void {
    this.loading?.abort();
  }

  hostUpdate(): void {
    if (this.host.src !== this.loadedSrc) void this.load();
  }

  /** Loads again: after `src` changed, or from the retry button (`fresh` skips the cache). */
  async load(fresh = false): Promise<void> {
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;
    this.loadedSrc = this.host.src;
    this.setState({ status: 'loading' });
    try {
      const raw = await this.fetchRaw(loading.signal, fresh);
      if (raw === undefined || loading.signal.aborted) return; // waiting for the provider, or superseded
      this.accept(raw);
    } catch (error) {
      if (loading.signal.aborted || isAbort(error)) return;
      this.fail(error instanceof DataError ? error : new DataError({ kind: 'invalid', message: String(error) }));
    }
  }

  /** The retry button: a widget inside `<rus-data>` asks the provider; others fetch afresh. */
  retry(): void {
    if (this.provided && !this.ownSource()) this.provided.retry();
    else void this.load(true);
  }

  private ownSource(): boolean {
    return Boolean(this.host.src) || inlineScript(this.host) !== null;
  }

  private async fetchRaw(signal: AbortSignal, fresh: boolean): Promise<unknown> {
    const inline = readInlineJson(this.host);
    if (inline.found) return inline.raw;
    if (this.host.src) return loadJson(this.host.src, { signal, timeout: this.host.timeout, fresh });
    if (this.host.closest('rus-data')) {
      await this.subscribeToProvider();
      return this.provided ? this.fromProvider(this.provided) : undefined;
    }
    const parsing = documentStillParsing();
    if (parsing) {
      await parsing;
      if (!signal.aborted) return this.fetchRaw(signal, fresh);
      return undefined;
    }
    throw new DataError({ kind: 'no-source', message: `<${this.host.localName}> has no src, no inline <script type="application/json"> and no enclosing <rus-data>` });
  }

  private async subscribeToProvider(): Promise<void> {
    if (this.consumer) return;
    await customElements.whenDefined('rus-data');
    if (this.consumer) return;
    this.consumer = new ContextConsumer(this.host, {
      context: dataContext,
      subscribe: true,
      callback: (value) => {
        const first = !this.provided;
        this.provided = value;
        // The first value is read by fetchRaw; later ones (the provider reloaded) apply here.
        if (!first && !this.ownSource()) this.applyProvided(value);
      },
    });
  }

  private applyProvided(value: DataContextValue): void {
    try {
      const raw = this.fromProvider(value);
      if (raw === undefined) this.setState({ status: 'loading' });
      else this.accept(raw);
    } catch (error) {
      this.fail(error as DataError);
    }
  }

  /** The provider's raw JSON, `undefined` while it loads; its error is thrown as ours. */
  private fromProvider(value: DataContextValue): unknown {
    if (value.data.status === 'error') throw value.data.error;
    return value.data.status === 'ready' ? value.data.raw : undefined;
  }

  private accept(raw: unknown): void {
    const result = validateWith(this.readers, raw, { rootList: this.list });
    const where = this.host.src ? ` (${this.host.src})` : '';
    for (const problem of result.problems) {
      if (problem.effect !== 'document') warnOnce(`rus-widgets: ${problem.message}${where} — at ${problem.path}`);
    }
    if (!result.ok) {
      this.fail(new DataError({ kind: result.kind, message: result.message, url: this.host.src }));
      return;
    }
    this.setState({ status: 'ready', document: result.document });
    this.host.dispatchEvent(new RusLoadEvent(result.document));
  }

  private fail(error: DataError): void {
    console.warn(`rus-widgets: <${this.host.localName}> could not show its data — ${error.kind}: ${error.message}`);
    this.setState({ status: 'error', error });
    this.host.dispatchEvent(new RusErrorEvent(error.detail));
  }

  private setState(state: WidgetData): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
