import { html } from 'lit';
import type { RusDocument } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { readQuote } from '../data/validate/quote.js';

/**
 * @tagname rus-quote-carousel
 * @summary Placeholder until the widget is built: shows how many items it has.
 */
export class RusQuoteCarousel extends RusWidget {
  protected readonly list = 'quotes';
  protected readonly readers = { quotes: readQuote };

  protected override renderDocument(document: RusDocument) {
    return html`<p>${document.quotes.length}</p>`;
  }
}
