import { html, type TemplateResult } from 'lit';
import type { DataError } from '../data/data-error.js';
import type { CommonStrings } from '../i18n/common.js';

/** Loading: a placeholder that holds the widget's space, so the page does not jump. */
export function renderLoading(strings: CommonStrings): TemplateResult {
  return html`<div class="state loading" part="state loading" aria-busy="true"><p>${strings.loading}</p></div>`;
}

/** Error: what went wrong in plain words, and a retry where a retry can help. */
export function renderError(strings: CommonStrings, error: DataError, retry: () => void): TemplateResult {
  const message = error.kind === 'http' && error.status === 404 ? strings.notFound : strings.errors[error.kind];
  return html`<div class="state error" part="state error" role="status">
    <p>${message}</p>
    ${error.retryable ? html`<button type="button" part="retry-button" @click=${retry}>${strings.retry}</button>` : null}
  </div>`;
}

/** Empty: the data loaded, but holds nothing to show. */
export function renderEmpty(message: string, extra?: unknown): TemplateResult {
  return html`<div class="state empty" part="state empty">
    <p>${message}</p>
    ${extra}
  </div>`;
}
