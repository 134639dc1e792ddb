import type { RusGoal } from '../data/types.js';
import { normalise } from './areas.js';

/** Which goals a `<rus-goal-badges>` shows: the widget and a snippet's HTML fallback both ask here. */
export interface GoalSelection {
  /** `goals`: ids separated by spaces, in the order to show them. */
  ids?: string;
  area?: string;
  /** At most this many (`Infinity`: all). */
  max: number;
}

/** The goals on show, and the ids asked for that the data does not have. */
export function selectGoals(
  all: RusGoal[],
  { ids, area, max }: GoalSelection,
): { goals: RusGoal[]; missing: string[] } {
  const wanted = ids?.split(/\s+/).filter(Boolean);
  let goals = all;
  let missing: string[] = [];
  if (wanted?.length) {
    missing = wanted.filter((id) => !all.some((goal) => goal.id === id));
    goals = wanted.map((id) => all.find((goal) => goal.id === id)).filter((goal): goal is RusGoal => !!goal);
  }
  if (area) goals = goals.filter((goal) => normalise(goal.area) === normalise(area));
  return { goals: goals.slice(0, max), missing };
}
