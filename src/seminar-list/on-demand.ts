import type { seminarIcs } from './ics.js';
import { warnOnce } from '../shared/define.js';

export type IcsWriter = { seminarIcs: typeof seminarIcs };

/**
 * Runs `use` with the calendar-file writer, loaded on the first press of a calendar button: few
 * visitors press it, so the per-element build makes it a chunk of its own. A failure is warned
 * of, never thrown into the page. The one-file bundles take `on-demand.bundled.ts` instead
 * (vite.config.ts): there a chunk would be a second file, and an inlined dynamic import costs
 * more than it saves.
 */
export function withIcsWriter(use: (writer: IcsWriter) => void): void {
  import('./ics.js')
    .then(use)
    .catch((error: unknown) =>
      warnOnce(`rus-widgets: <rus-seminar-list> could not make the calendar file: ${String(error)}`),
    );
}
