import type { RusDocument } from '../data/types.js';
import type { DataErrorDetail } from '../data/data-error.js';

/** Fired when a widget's data has loaded and validated. `detail.document` is the validated document. */
export class RusLoadEvent extends CustomEvent<{ document: RusDocument }> {
  constructor(document: RusDocument) {
    super('rus-load', { bubbles: true, composed: true, detail: { document } });
  }
}

/** Fired when a widget cannot show its data. `detail`: `kind`, `message`, and `status`/`url` where known. */
export class RusErrorEvent extends CustomEvent<DataErrorDetail> {
  constructor(detail: DataErrorDetail) {
    super('rus-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'rus-load': RusLoadEvent;
    'rus-error': RusErrorEvent;
  }
}
