import { createContext } from '@lit/context';
import type { DataError } from './data-error.js';

/** What `<rus-data>` hands to the widgets inside it: the raw JSON, not yet validated
 *  (each widget validates its own list, so a root array can serve as any widget's list). */
export type SharedData =
  { status: 'loading' } | { status: 'ready'; raw: unknown } | { status: 'error'; error: DataError };

export interface DataContextValue {
  data: SharedData;
  /** Ask the provider to load again (the retry button of a widget inside it). */
  retry(): void;
}

export const dataContext = createContext<DataContextValue>(Symbol.for('rus-widgets/data'));
