import type { PropertyDeclarations } from 'lit';
import type { RusDocument } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { readGoal } from '../data/validate/goal.js';
import { viewedAt } from '../shared/now.js';
import { dateFormatter } from '../format/date.js';
import { goalStyles } from './goal-badges.styles.js';
import type { BadgeOptions } from './render-badge.js';

/**
 * What `<rus-goal-badges>` and `<rus-goal-badge>` share: the goals list, `variant`, `now`.
 *
 * @csspart badge - One goal's badge (an `<article>`).
 * @csspart mark - The round area mark (colour and symbol) beside the title.
 * @csspart title - The goal's title (a heading).
 * @csspart link - The title's link, when the goal has a `url`.
 * @csspart target - The target line: "5 000 jobb till 2030".
 * @csspart meter - The progress bar (only for goals with a current figure).
 * @csspart meta - Area, owner and years left.
 *
 * @cssprop --rus-goal-area-folkhalsa - Colour of the area folkhälsa (public health).
 * @cssprop --rus-goal-area-besoksnaring - Colour of the area besöksnäring (tourism).
 * @cssprop --rus-goal-area-naringsliv - Colour of the area näringsliv (business).
 * @cssprop --rus-goal-area-kompetens - Colour of the area kompetens (skills, education).
 * @cssprop --rus-goal-area-infrastruktur - Colour of the area infrastruktur (infrastructure, transport).
 * @cssprop --rus-goal-area-miljo - Colour of the area miljö / klimat (environment, climate).
 * @cssprop --rus-goal-area-other - Colour of any other area, and of goals without one.
 * @cssprop --rus-goal-meter-color - Fill of the progress bar. Default: the area's colour.
 * @cssprop --rus-goal-meter-track - Background of the progress bar. Default: transparent.
 */
export abstract class GoalWidget extends RusWidget {
  static override styles = [...RusWidget.styles, goalStyles];

  static override list = 'goals' as const;
  static override readers = { goals: readGoal };

  static override properties: PropertyDeclarations = { variant: { reflect: true }, now: {} };

  /** `card` (default) or `compact`: a small pill for sidebars. */
  variant: 'card' | 'compact' = 'card';

  /** The day years left count from, as an ISO date (`2026-05-01`) or date-time. Default: today. */
  now?: string;

  /** How many badges to hold room for while the goals load. */
  protected abstract readonly expectedBadges: number;

  /** Badges in a grid of 14em columns (cards), or short pills in a row (compact). */
  protected override estimateHeight(widthEm: number): number {
    const count = this.expectedBadges;
    if (this.variant === 'compact') return Math.ceil(count / Math.max(1, Math.floor(widthEm / 16))) * 2.9;
    const columns = Math.min(count, Math.max(1, Math.floor((widthEm + 1) / 15)));
    // Cards side by side are narrower than a card alone: their text wraps onto more lines.
    return Math.ceil(count / columns) * (columns > 1 ? 13.2 : 11.1);
  }

  /**
   * What every badge of one render shares: the interface and data languages and the year
   * that years left count from. Worked out once per render, not once per goal.
   */
  protected badgeOptions(document: RusDocument): Omit<BadgeOptions, 'level'> {
    const year = +dateFormatter('en', { year: 'numeric' }).format(viewedAt(this.now, this.localName));
    return { lang: this.uiLang, year, dataLang: this.dataLang(document) };
  }
}
