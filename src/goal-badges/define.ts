import { defineElement } from '../shared/define.js';
import { RusGoalBadges } from './goal-badges.component.js';
import { RusGoalBadge } from './goal-badge.component.js';

defineElement('rus-goal-badges', RusGoalBadges);
defineElement('rus-goal-badge', RusGoalBadge);

export { RusGoalBadges, RusGoalBadge };

declare global {
  interface HTMLElementTagNameMap {
    'rus-goal-badges': RusGoalBadges;
    'rus-goal-badge': RusGoalBadge;
  }
}
