import type { RusGoal } from '../data/types.js';
import { clampLevel } from '../base/heading-level.js';
import { dateFormatter } from '../format/date.js';
import { goalTexts } from '../goal-badges/goal-texts.js';
import { selectGoals } from '../goal-badges/select-goals.js';
import { strings } from '../goal-badges/strings.js';
import { element, escapeHtml, headingHtml, linkHtml } from './html.js';
import type { FallbackOptions } from './options.js';

/** The goals as the badges show them: title, target, progress, area, owner and years left. */
export function goalsHtml(all: RusGoal[], options: FallbackOptions): string {
  const { lang, dataLang } = options;
  const s = strings[lang];
  const level = clampLevel(options.headingLevel);
  const { goals } = selectGoals(all, { ids: options.goals, area: options.area, max: options.max });
  const year = +dateFormatter('en', { year: 'numeric' }).format(options.now);
  const head = options.heading ? headingHtml(level, escapeHtml(options.heading)) : '';
  if (!goals.length) return head + element('p', {}, escapeHtml(s.empty));
  const badge = (goal: RusGoal) => {
    const { figure, byYear, progress, asOf, yearsLeft } = goalTexts(goal, lang, year);
    const line = (text: string | undefined) => (text ? element('p', {}, escapeHtml(text)) : '');
    return element(
      'li',
      {},
      headingHtml(options.heading ? level + 1 : level, linkHtml(goal.url, escapeHtml(goal.title)), dataLang) +
        (figure ? element('p', {}, element('strong', {}, escapeHtml(figure)) + escapeHtml(byYear)) : '') +
        line(progress?.text) +
        line(asOf) +
        line(goal.area && `${s.area}: ${goal.area}`) +
        line(goal.owner && `${s.owner}: ${goal.owner}`) +
        line(yearsLeft),
    );
  };
  return head + element('ul', {}, goals.map(badge).join(''));
}
