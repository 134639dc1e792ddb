import type { RusGoal } from '../types.js';
import type { ItemReader } from './item-reader.js';

export function readGoal(item: ItemReader): RusGoal {
  const goal: RusGoal = {
    id: item.requiredString('id'),
    title: item.requiredString('title'),
    area: item.string('area'),
    owner: item.string('owner'),
    description: item.string('description'),
    url: item.url('url'),
  };
  const target = item.object('target');
  if (target) {
    goal.target = {
      value: target.number('value', true) as number,
      unit: target.string('unit'),
      year: target.year('year'),
    };
  }
  const baseline = item.object('baseline');
  if (baseline) goal.baseline = { value: baseline.number('value', true) as number, year: baseline.year('year') };
  const current = item.object('current');
  if (current)
    goal.current = { value: current.number('value', true) as number, date: current.date('date', false, false) };
  return goal;
}
