import { parseJson } from '../data/load-json.js';

/** The JSON inside a child `<script type="application/json">`, or `undefined` when there is none. */
export function readInlineJson(host: Element): { found: false } | { found: true; raw: unknown } {
  const script = inlineScript(host);
  if (!script) return { found: false };
  return { found: true, raw: parseJson(script.textContent ?? '', 'The inline <script type="application/json">') };
}

/** The child `<script type="application/json">` holding the widget's own data, if any. */
export function inlineScript(host: Element): Element | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

/** The HTML parser may not have reached the children yet when a classic script upgrades the element early. */
export function documentStillParsing(): Promise<void> | undefined {
  if (document.readyState !== 'loading') return undefined;
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
