import { html, type TemplateResult } from 'lit';
import { RusWidget } from '../../src/base/rus-widget.js';
import { renderEmpty } from '../../src/base/state-views.js';
import { heading } from '../../src/base/heading.js';
import { readQuote } from '../../src/data/validate/quote.js';
import { readGoal } from '../../src/data/validate/goal.js';
import type { RusDocument } from '../../src/data/types.js';
import type { DataErrorDetail } from '../../src/data/data-error.js';
import { widgetWithData } from '../support/widget-with-data.js';

/** A minimal widget on the shared base, so these tests do not depend on the real widgets. */
export class TestQuotes extends RusWidget {
  static override list = 'quotes' as const;
  static override readers = { quotes: readQuote };

  protected override renderDocument(document: RusDocument): TemplateResult {
    const quotes = document.quotes.slice(0, this.maxItems);
    if (quotes.length === 0) return renderEmpty(this.common.empty);
    return html`${heading(this.headingLevel, 'Citat')}
      <ul>
        ${quotes.map((q) => html`<li>${q.text}</li>`)}
      </ul>`;
  }
}

/** A second list, to show each widget reads its own list from one shared document. */
export class TestGoals extends RusWidget {
  static override list = 'goals' as const;
  static override readers = { goals: readGoal };

  protected override renderDocument(document: RusDocument): TemplateResult {
    return html`<ul>
      ${document.goals.map((g) => html`<li>${g.title}</li>`)}
    </ul>`;
  }
}

if (!customElements.get('test-quotes')) customElements.define('test-quotes', TestQuotes);
if (!customElements.get('test-goals')) customElements.define('test-goals', TestGoals);

declare global {
  interface HTMLElementTagNameMap {
    'test-quotes': TestQuotes;
    'test-goals': TestGoals;
  }
}

let unique = 0;
/** A key no other test uses, for `/test-api/count`. */
export function key(name: string): string {
  unique += 1;
  return `${name}-${Date.now()}-${unique}`;
}

/** `/test-api/json` serving `body` (a document), with extra query parameters. */
export function jsonUrl(body: unknown, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({
    body: JSON.stringify(body),
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  return `/test-api/json?${query}`;
}

export async function requestCount(k: string): Promise<number> {
  const response = await fetch(`/test-api/count?key=${encodeURIComponent(k)}`);
  return ((await response.json()) as { count: number }).count;
}

/** The visible text of the widget's shadow root, whitespace collapsed. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/** Creates a widget with DOM APIs (inline JSON cannot be interpolated into a lit template script). */
export function widget(
  tag: 'test-quotes' | 'test-goals',
  attrs: Record<string, string> = {},
  inline?: string,
): HTMLElement {
  if (inline !== undefined) return widgetWithData(tag, inline, attrs);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** Appends `el` to a fresh container and resolves with the first `rus-load` or `rus-error`. */
export function mount(
  el: HTMLElement,
  parent: Element = document.body,
): Promise<CustomEvent<DataErrorDetail | { document: RusDocument }>> {
  const settled = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('rus-load', resolve as EventListener, { once: true });
    el.addEventListener('rus-error', resolve as EventListener, { once: true });
  });
  parent.append(el);
  return settled;
}

export const sampleQuotes = (...texts: string[]) => ({
  version: 1,
  quotes: texts.map((text, i) => ({ id: `q${i}`, text, name: `Person ${i}` })),
});

/** Records console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}
