import { html, nothing, type PropertyDeclarations } from 'lit';
import type { RusDocument } from '../data/types.js';
import { clampLevel, heading } from '../base/heading.js';
import { renderEmpty } from '../base/state-views.js';
import { warnOnce } from '../shared/define.js';
import { selectGoals } from './select-goals.js';
import { GoalWidget } from './goal-widget.js';
import { renderBadge } from './render-badge.js';
import { strings } from './strings.js';

/**
 * @tagname rus-goal-badges
 * @summary Goals of the strategy and its partners as badges: target, owner, area, years left, and progress where a figure exists.
 *
 * @csspart heading - The optional heading (`heading` attribute).
 * @csspart list - The list of badges.
 *
 * @cssprop --rus-goal-badges-gap - Space between badges.
 * @cssprop --rus-goal-badges-column - Narrowest column of the grid before it drops a column. Default: 14em.
 */
export class RusGoalBadges extends GoalWidget {
  static override properties: PropertyDeclarations = { area: {}, goals: {}, heading: {} };

  /** Show only the goals of this area, e.g. `näringsliv` (case and accents ignored). */
  area?: string;

  /** Show only these goals, by id separated by spaces, in this order: `goals="sundsvall-jobb alla-invanare"`. */
  goals?: string;

  /** A visible heading above the badges, at `heading-level`; the badge titles are then one level below (otherwise at `heading-level`). */
  heading?: string;

  protected get expectedBadges(): number {
    return Math.min(this.maxItems, this.goals?.split(/\s+/).filter(Boolean).length || 3);
  }

  protected override renderFrame() {
    return this.heading ? heading(clampLevel(this.headingLevel), this.heading) : nothing;
  }

  protected override renderDocument(document: RusDocument) {
    const { goals, missing } = selectGoals(document.goals, { ids: this.goals, area: this.area, max: this.maxItems });
    if (missing.length) warnOnce(`rus-goal-badges: no goal with id ${missing.join(', ')}`);
    const level = clampLevel(this.headingLevel);
    const options = this.badgeOptions(document);
    const badgeLevel = this.heading ? level + 1 : level;
    return html`${this.heading ? heading(level, this.heading) : nothing}${
      goals.length
        ? html`<div class="wrap">
            <ul part="list" role="list">
              ${goals.map((goal) => html`<li>${renderBadge(goal, { ...options, level: badgeLevel })}</li>`)}
            </ul>
          </div>`
        : renderEmpty(strings[this.uiLang].empty)
    }`;
  }
}
