import type { CarouselStrings } from './strings.js';

/** Where the carousel stands and what its controls do, worked out once per render for the templates in render-*.ts. */
export interface CarouselView {
  /** The strings of the interface language. */
  s: CarouselStrings;
  /** `layout="list"`: every statement stacked, no carousel semantics. */
  list: boolean;
  /** Statements in all (after filtering and `limit`). */
  n: number;
  /** Statements in view at once (several side by side with `per-view` on a wide container). */
  shown: number;
  /** First statement in view. */
  index: number;
  /** Highest `index` possible. */
  last: number;
  loop: boolean;
  /** Rotating now; `undefined` when there is no rotation (no `autoplay`), so no play button. */
  playing?: boolean;
  /** Show the statement at this index (a visitor's move). */
  go(to: number): void;
  /** Move by this many statements from the one in view when called (not when rendered: clicks can come faster than renders). */
  step(by: number): void;
  /** Start or stop rotation. */
  toggle(): void;
}
