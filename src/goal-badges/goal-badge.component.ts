import type { PropertyDeclarations } from 'lit';
import type { RusDocument } from '../data/types.js';
import { renderEmpty } from '../base/state-views.js';
import { warnOnce } from '../shared/define.js';
import { GoalWidget } from './goal-widget.js';
import { renderBadge } from './render-badge.js';
import { strings } from './strings.js';

/**
 * @tagname rus-goal-badge
 * @summary One goal as a badge: target, owner, area, years left, and progress where a figure exists.
 */
export class RusGoalBadge extends GoalWidget {
  static override properties: PropertyDeclarations = { goal: {} };

  /** The id of the goal to show. */
  goal?: string;

  protected readonly expectedBadges = 1;

  protected override renderDocument(document: RusDocument) {
    const goal = document.goals.find((item) => item.id === this.goal);
    if (goal) return renderBadge(goal, { ...this.badgeOptions(document), level: this.headingLevel });
    const s = strings[this.uiLang];
    if (this.goal) warnOnce(`rus-goal-badge: no goal with id ${this.goal}`);
    return renderEmpty(this.goal ? s.notFound(this.goal) : s.noGoal);
  }
}
