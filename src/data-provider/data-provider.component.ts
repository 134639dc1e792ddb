import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { dataContext, type SharedData } from '../data/context.js';
import { DataError } from '../data/data-error.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load-json.js';
import { SourceLoader, fetchDocument } from '../data/source-loader.js';
import { VERSION } from '../shared/define.js';
import { providerTags } from '../data/provider-tags.js';

/**
 * @tagname rus-data
 * @summary Loads a data document once and hands it to every widget inside it.
 *
 * Widgets inside `<rus-data>` need no `src` of their own. The provider shows nothing
 * itself: its children render as they are, each widget with its own loading and error state.
 *
 * @slot - The widgets (and any other content) that share this data.
 */
export class RusDataElement extends LitElement {
  static version = VERSION;

  // The provider adds no box of its own: the widgets lay out as if it were not there.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = { src: {}, timeout: { type: Number }, loading: {} };

  /** Address of the data document (JSON). */
  declare src?: string;

  /** How long to wait for the data, in milliseconds, before the widgets show an error. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  /** `lazy`: fetch only when one of the widgets inside comes near the viewport. Default: at once. */
  loading?: 'lazy' | 'eager';

  readonly #loader = new SourceLoader();

  readonly #retry = () => this.load(true);

  readonly #provider = new ContextProvider(this, {
    context: dataContext,
    initialValue: { data: { status: 'loading' }, retry: this.#retry },
  });

  constructor() {
    super();
    // Under whatever name the page defined it: the widgets inside look for this one.
    providerTags.add(this.localName);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#loader.active) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loader.stop();
  }

  protected override willUpdate(): void {
    if (this.isConnected && this.src !== this.#loader.src) this.load();
  }

  /** Loads the document again (`fresh` skips the page's cache). */
  load(fresh = false): void {
    const { src } = this;
    const signal = this.#loader.begin(src);
    if (!src) {
      this.#publish({ status: 'error', error: new DataError({ kind: 'no-source', message: '<rus-data> has no src' }) });
      return;
    }
    this.#publish({ status: 'loading' });
    // The provider has no box of its own (display: contents): its children tell where it is.
    const lazyNear = this.loading === 'lazy' ? [...this.children] : undefined;
    fetchDocument(src, { signal, timeout: this.timeout, fresh, lazyNear }).then(
      (raw) => signal.aborted || this.#publish({ status: 'ready', raw }),
      (error: DataError) => signal.aborted || this.#publish({ status: 'error', error }),
    );
  }

  #publish(data: SharedData): void {
    this.#provider.setValue({ data, retry: this.#retry });
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
