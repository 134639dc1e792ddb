import type { DataError } from '../data/data-error.js';
import type { RusDocument } from '../data/types.js';

/** Where a widget stands with its data. */
export type WidgetData =
  { status: 'loading' } | { status: 'ready'; document: RusDocument } | { status: 'error'; error: DataError };
