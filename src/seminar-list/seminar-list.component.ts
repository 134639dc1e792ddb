import { html } from 'lit';
import type { RusDocument } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { readSeminar } from '../data/validate/seminar.js';

/**
 * @tagname rus-seminar-list
 * @summary Placeholder until the widget is built: shows how many items it has.
 */
export class RusSeminarList extends RusWidget {
  protected readonly list = 'seminars';
  protected readonly readers = { seminars: readSeminar };

  protected override renderDocument(document: RusDocument) {
    return html`<p>${document.seminars.length}</p>`;
  }
}
