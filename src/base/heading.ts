import { html, nothing, type TemplateResult } from 'lit';
import { clampLevel } from './heading-level.js';

export { clampLevel };

/**
 * A real `<h1>`–`<h6>` at `level`, so the widget's outline fits the host page's; `lang`
 * marks a heading whose text comes from the data in another language than the interface.
 * (A switch over literal templates costs fewer bytes than lit's static-html.)
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string, lang?: string): TemplateResult {
  const i = id ?? nothing;
  const l = lang ?? nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${i} lang=${l}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i} lang=${l}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i} lang=${l}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i} lang=${l}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i} lang=${l}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i} lang=${l}>${content}</h6>`;
  }
}
