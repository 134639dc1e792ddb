import type { RusGoal } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { isoToTime } from '../data/iso-date.js';
import { formatLongDate } from '../format/date.js';
import { formatNumber, formatPercent } from '../format/number.js';
import { strings } from './strings.js';

/** A goal's figures as words: one source for the badge and for the HTML fallback of a snippet. */
export interface GoalTexts {
  /** "5 000 jobb". */
  figure?: string;
  /** "5 000", the figure's number alone (it never breaks across lines). */
  number?: string;
  /** " till 2030" after the figure, or ''. */
  byYear: string;
  /** "312 av 800 jobb, 39 % (räknat från …)", with the bar's fill in whole per cent (0–100). */
  progress?: { text: string; filled: number };
  /** "Läget den 12 mars 2026". */
  asOf?: string;
  /** "4 år kvar". */
  yearsLeft?: string;
}

/**
 * How far `current` has come from `baseline` (0 when none) to `target`: 0 at the
 * baseline, 1 at the target; below 0 or above 1 when the figure lies outside. Works
 * for goals that go down, too (baseline above target).
 */
export function progressFraction(target: number, current: number, baseline = 0): number {
  const span = target - baseline;
  return span ? (current - baseline) / span : +(current === target);
}

/** The texts of one goal; `year` is the calendar year (in Stockholm) that years left count from. */
export function goalTexts({ target, current, baseline }: RusGoal, lang: Lang, year: number): GoalTexts {
  const s = strings[lang];
  const number = target && formatNumber(target.value, lang);
  const figure = target && number + (target.unit ? ` ${target.unit}` : '');
  const texts: GoalTexts = {
    figure,
    number,
    byYear: target?.year ? ` ${s.by} ${target.year}` : '',
    yearsLeft: target?.year ? s.yearsLeft(target.year - year) : undefined,
  };
  if (target && current) {
    const fraction = progressFraction(target.value, current.value, baseline?.value);
    texts.progress = {
      text:
        s.progressText(formatNumber(current.value, lang), figure as string, formatPercent(fraction, lang)) +
        (baseline ? s.from(formatNumber(baseline.value, lang), baseline.year) : ''),
      filled: Math.round(Math.min(1, Math.max(0, fraction)) * 100),
    };
    if (current.date) texts.asOf = s.asOf(formatLongDate(isoToTime(current.date), lang));
  }
  return texts;
}
