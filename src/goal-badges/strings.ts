import type { Lang } from '../i18n/lang.js';

/** Every visible or announced text of the goal badges. */
export interface GoalStrings {
  /** Between the target figure and its year: "5 000 jobb till 2030". */
  by: string;
  /** Years from `now` to the target year: 2 or more, 1, 0 (this year), or below 0 (passed). */
  yearsLeft(years: number): string;
  /** Accessible name of the progress meter. */
  progress(title: string): string;
  /** "312 av 800 jobb, 39 %". */
  progressText(current: string, target: string, percent: string): string;
  /** Added when progress counts from a baseline. */
  from(baseline: string, year?: number): string;
  /** Date of the current figure. */
  asOf(date: string): string;
  area: string;
  owner: string;
  empty: string;
  notFound(id: string): string;
  noGoal: string;
}

const sv: GoalStrings = {
  by: 'till',
  yearsLeft: (n) => (n > 0 ? `${n} år kvar` : n ? 'Målåret har passerat' : 'Målåret är i år'),
  progress: (title) => `Framsteg: ${title}`,
  progressText: (current, target, percent) => `${current} av ${target}, ${percent}`,
  from: (baseline, year) => ` (räknat från ${baseline}${year ? ` år ${year}` : ''})`,
  asOf: (date) => `Läget den ${date}`,
  area: 'Område',
  owner: 'Ansvarig',
  empty: 'Det finns inga mål att visa.',
  notFound: (id) => `Målet ”${id}” finns inte i datan.`,
  noGoal: 'Inget mål är valt (attributet goal).',
};

const en: GoalStrings = {
  by: 'by',
  yearsLeft: (n) =>
    n > 1
      ? `${n} years left`
      : n
        ? n > 0
          ? '1 year left'
          : 'The target year has passed'
        : 'The target year is this year',
  progress: (title) => `Progress: ${title}`,
  progressText: (current, target, percent) => `${current} of ${target}, ${percent}`,
  from: (baseline, year) => ` (counted from ${baseline}${year ? ` in ${year}` : ''})`,
  asOf: (date) => `As of ${date}`,
  area: 'Area',
  owner: 'Responsible',
  empty: 'There are no goals to show.',
  notFound: (id) => `The goal “${id}” is not in the data.`,
  noGoal: 'No goal chosen (the goal attribute).',
};

export const strings: Record<Lang, GoalStrings> = { sv, en };
