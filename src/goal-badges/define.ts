import { defineElement } from '../shared/define.js';
import { RusGoalBadges } from './goal-badges.component.js';

defineElement('rus-goal-badges', RusGoalBadges);

export { RusGoalBadges };

declare global {
  interface HTMLElementTagNameMap {
    'rus-goal-badges': RusGoalBadges;
  }
}
