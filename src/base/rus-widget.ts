import { LitElement, html, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { RusDocument, RusListName } from '../data/types.js';
import type { ListReaders } from '../data/validate/document.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load-json.js';
import { commonStrings, type CommonStrings } from '../i18n/common.js';
import { resolveLang, toLang, type Lang, partLang } from '../i18n/lang.js';
import { followPageChanges, pageScheme, prefersDark } from '../shared/page-changes.js';
import { VERSION } from '../shared/define.js';
import { tokens } from '../styles/tokens.styles.js';
import { shared } from '../styles/shared.styles.js';
import { DataController } from './data-controller.js';
import { renderError, renderLoading } from './state-views.js';
// For its global types: whichever entry a partner imports, `rus-load` and `rus-error` listeners
// see their event's `detail` (the declaration files keep this import; the code is in the core already).
import './events.js';

/**
 * What every rus-widgets element shares: the data source (`src`, inline JSON or an
 * enclosing `<rus-data>`), language, heading level, `limit`, and the loading, error and
 * ready states. A widget subclass names its `list` and renders the ready state.
 *
 * @fires rus-load - The data loaded and validated. `detail.document` is the validated document.
 * @fires rus-error - The data could not be shown. `detail`: `kind` (network, timeout, http, not-json, invalid, version, no-source), `message`, `status`, `url`.
 *
 * @csspart state - The loading, error and empty boxes.
 * @csspart loading - The loading placeholder (it reserves the widget's space).
 * @csspart error - The error box.
 * @csspart empty - The box shown when there is nothing to show.
 * @csspart retry-button - The "Try again" button in the error box.
 *
 * @cssprop --rus-color-text - Text colour. Default: inherited from the page.
 * @cssprop --rus-color-muted - Secondary text colour.
 * @cssprop --rus-color-accent - Buttons, links and marks.
 * @cssprop --rus-color-on-accent - Text on the accent colour.
 * @cssprop --rus-color-surface - Background of cards and panels.
 * @cssprop --rus-color-border - Borders and dividers.
 * @cssprop --rus-color-focus - The keyboard focus ring.
 * @cssprop --rus-color-danger - The error box border.
 * @cssprop --rus-color-link - Link colour. Default: the accent colour.
 * @cssprop --rus-font-family - Font. Default: inherited from the page.
 * @cssprop --rus-font-size - Base size. Default: 1em (the page's size where the widget stands).
 * @cssprop --rus-font-size-small - Small text (meta lines, buttons).
 * @cssprop --rus-font-size-large - Headings.
 * @cssprop --rus-space-xs - Smallest spacing.
 * @cssprop --rus-space-s - Small spacing.
 * @cssprop --rus-space-m - Medium spacing.
 * @cssprop --rus-space-l - Large spacing.
 * @cssprop --rus-radius - Corner radius.
 * @cssprop --rus-shadow - Shadow of cards.
 * @cssprop --rus-color-background - The widget's own background. Default: transparent (dark scheme: dark).
 * @cssprop --rus-reserved-height - Height held while the data loads. Default: estimated from the widget's kind, attributes (`limit`, `per-view`, `variant`, …) and width; set it to the widget's real height on your page for a load without any layout shift.
 */
export abstract class RusWidget extends LitElement {
  /** The library version, used to tell two loaded copies apart. */
  static version = VERSION;

  static override styles = [tokens, shared];

  static override properties: PropertyDeclarations = {
    src: {},
    lang: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    limit: { type: Number },
    timeout: { type: Number },
    loading: {},
    theme: { reflect: true },
  };

  /** Address of the data document (JSON). Alternatively, put the JSON in a child `<script type="application/json">`, or the widget inside `<rus-data>`. */
  src?: string;

  /** Interface language: `sv` (default) or `en`. Without it, the nearest ancestor's `lang`, then Swedish. */
  override lang!: string;

  /** Level of the widget's own heading (1–6, default 2); item headings are one level below. */
  headingLevel = 2;

  /** Show at most this many items. */
  limit?: number;

  /** How long to wait for the data, in milliseconds, before showing an error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** `lazy`: fetch `src` only when the widget comes near the viewport, as `<img loading="lazy">` does. Default: at once. */
  loading?: 'lazy' | 'eager';

  /** Colour scheme: `light`, `dark`, or `auto` (follow the visitor's `prefers-color-scheme`). Default: the host page's own: light, unless the page declares `color-scheme: dark` (then dark) or `light dark` (then as `auto`). */
  theme?: 'light' | 'dark' | 'auto';

  /** Which list of the document the widget class shows (a root array is read as this list). @internal */
  static list: RusListName;

  /** The item reader of that list, e.g. `{ quotes: readQuote }`: the widget ships only its own. @internal */
  static readers: ListReaders;

  readonly #dataController: DataController;
  /** The retry button had focus: until the retry settles, focus stays in the widget. */
  #keepFocus = false;

  #unfollowPage?: () => void;
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    const widget = this.constructor as typeof RusWidget;
    this.#dataController = new DataController(this, widget.list, widget.readers);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unfollowPage = followPageChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unfollowPage?.();
  }

  /** The interface language now in force. */
  protected get uiLang(): Lang {
    // The property first: it is reflected to the attribute only after render().
    return this.lang ? toLang(this.lang) : resolveLang(this);
  }

  /** `lang` for the texts that come from the data, where they differ from the interface (see `partLang`). */
  protected dataLang(document: RusDocument): string | undefined {
    return partLang(document.lang, this.uiLang);
  }

  protected get common(): CommonStrings {
    return commonStrings[this.uiLang];
  }

  /** `limit` as a usable count (`Infinity` when unset or not a positive number). */
  protected get maxItems(): number {
    const limit = Number(this.limit);
    return this.limit != null && limit >= 0 ? Math.floor(limit) : Infinity;
  }

  /** The validated document once it is ready: subclasses derive their state from it in `willUpdate`. */
  protected get readyDocument(): RusDocument | undefined {
    const state = this.#dataController.state;
    return state?.status === 'ready' ? state.document : undefined;
  }

  /** Load the data again, skipping the page's cache. */
  reload(): void {
    this.#dataController.retry();
  }

  /**
   * What the widget shows before (and without) its data, above the loading or error box:
   * its heading, when the attributes already tell it.
   */
  protected renderFrame(): unknown {
    return nothing;
  }

  /**
   * The height, in em, the loading (and error) box should hold so nothing moves when the data
   * arrives: estimated from the attributes and the widget's width in em. `undefined`: the
   * widget's stylesheet default. The host's `--rus-reserved-height` still wins.
   */
  protected estimateHeight(_widthEm: number): number | undefined {
    return undefined;
  }

  protected override render(): unknown {
    const state = this.#dataController.state ?? { status: 'loading' };
    switch (state.status) {
      case 'loading':
        return html`${this.renderFrame()}${renderLoading(this.common)}`;
      case 'error':
        return html`${this.renderFrame()}${renderError(this.common, state.error, () => this.#retry())}`;
      default:
        return this.renderDocument(state.document);
    }
  }

  /**
   * Sizes a new loading or error box from `estimateHeight`, before the browser paints it;
   * through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
   */
  /** The retry button: loads again, and keeps keyboard focus in the widget while the button goes. */
  #retry(): void {
    this.#keepFocus = true;
    this.reload();
  }

  /**
   * After a retry: on the loading box while it loads, then on the new retry button, or on the
   * content (its first heading, else its first control). Never lost to `<body>`.
   */
  #placeFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const loading = root.querySelector<HTMLElement>('.state.loading');
    const target =
      loading ??
      root.querySelector<HTMLElement>('[part~="retry-button"]') ??
      root.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ??
      root.querySelector<HTMLElement>('a[href], button, select, [tabindex]');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    this.#keepFocus = Boolean(loading);
  }

  /** Whether the widget draws itself dark: its `theme` (or class), else what the host page declares. */
  #dark(): boolean {
    const theme = this.classList.contains('rus-theme-dark')
      ? 'dark'
      : this.classList.contains('rus-theme-light')
        ? 'light'
        : this.theme;
    if (theme === 'dark' || theme === 'light') return theme === 'dark';
    const page = pageScheme();
    return page === 'dark' || ((theme === 'auto' || page === 'both') && prefersDark());
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // A custom state, not an attribute: the host's markup stays the author's. (Browsers without
    // custom states keep the light look unless theme="dark" says otherwise.)
    const states = this.#internals.states as Set<string> | undefined;
    if (this.#dark()) states?.add('dark');
    else states?.delete('dark');
  }

  protected override updated(): void {
    if (this.#keepFocus) this.#placeFocus();
    const box = this.renderRoot.querySelector<HTMLElement>('.state.loading, .state.error');
    if (!box || box.style.length) return;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    const estimate = this.estimateHeight(this.clientWidth / em);
    if (estimate) box.style.setProperty('--_reserved-height', `${estimate.toFixed(1)}em`);
  }

  /** Renders the ready state; the subclass shows its list (and its own empty state). */
  protected abstract renderDocument(document: RusDocument): TemplateResult;
}
