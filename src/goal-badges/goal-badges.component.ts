import { html } from 'lit';
import type { RusDocument } from '../data/types.js';
import { RusWidget } from '../base/rus-widget.js';
import { readGoal } from '../data/validate/goal.js';

/**
 * @tagname rus-goal-badges
 * @summary Placeholder until the widget is built: shows how many items it has.
 */
export class RusGoalBadges extends RusWidget {
  protected readonly list = 'goals';
  protected readonly readers = { goals: readGoal };

  protected override renderDocument(document: RusDocument) {
    return html`<p>${document.goals.length}</p>`;
  }
}
