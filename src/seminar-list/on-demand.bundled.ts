// `on-demand.ts` for the one-file bundles: the writer is inside, and used at once.
import { seminarIcs } from './ics.js';
import type { IcsWriter } from './on-demand.js';

export function withIcsWriter(use: (writer: IcsWriter) => void): void {
  use({ seminarIcs });
}
