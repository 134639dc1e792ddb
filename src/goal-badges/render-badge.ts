import { html, nothing, svg, type TemplateResult } from 'lit';
import type { RusGoal } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { heading } from '../base/heading.js';
import { isoToTime } from '../data/iso-date.js';
import { formatLongDate } from '../format/date.js';
import { formatNumber, formatPercent } from '../format/number.js';
import { areaOf } from './areas.js';
import { strings } from './strings.js';

export interface BadgeOptions {
  lang: Lang;
  /** Heading level of the badge's title. */
  level: number;
  /** The calendar year (in Stockholm) that years left count from. */
  year: number;
  /** The data's language where it differs from `lang`: title, area and owner are marked with it. */
  dataLang?: string;
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

/** One goal as a badge: shared by `<rus-goal-badges>` (one per list item) and `<rus-goal-badge>`. */
export function renderBadge(goal: RusGoal, { lang, level, year, dataLang }: BadgeOptions): TemplateResult {
  const s = strings[lang];
  const { target, current, baseline, area, owner, url, title } = goal;
  const [key, mark] = areaOf(area);
  // Area and owner come from the data; their hidden labels ("Område: ") are interface text.
  const dl = dataLang ?? nothing;
  const ul = dataLang ? lang : nothing;
  const figure = target && formatNumber(target.value, lang) + (target.unit ? ` ${target.unit}` : '');
  let progress: unknown = nothing;
  if (target && current) {
    const fraction = progressFraction(target.value, current.value, baseline?.value);
    const shown = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    const text =
      s.progressText(formatNumber(current.value, lang), figure as string, formatPercent(fraction, lang)) +
      (baseline ? s.from(formatNumber(baseline.value, lang), baseline.year) : '');
    // The meter announces the figures; the same text shows visibly, hidden from assistive tech to avoid saying it twice.
    progress = html`<div class="progress">
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-label=${s.progress(title)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${shown}
        aria-valuetext=${text}
      >
        <svg viewBox="0 0 100 1" preserveAspectRatio="none">${svg`<rect width=${shown} height="1"></rect>`}</svg>
      </div>
      <p class="figures" aria-hidden="true">${text}</p>
      ${current.date ? html`<p class="as-of">${s.asOf(formatLongDate(isoToTime(current.date), lang))}</p>` : nothing}
    </div>`;
  }
  return html`<article class="badge area-${key}" part="badge">
    <span class="mark" part="mark" aria-hidden="true"
      ><svg viewBox="0 0 16 16">${svg`<path d=${mark}></path>`}</svg></span
    >${heading(level, url ? html`<a href=${url} part="link">${title}</a>` : title, 'title', undefined, dataLang)}${
      figure
        ? html`<p class="target" part="target">
            <strong>${figure}</strong>${target?.year ? ` ${s.by} ${target.year}` : ''}
          </p>`
        : nothing
    }${progress}
    <div class="meta" part="meta">
      ${area ? html`<p class="area" lang=${dl}><span class="visually-hidden" lang=${ul}>${s.area}: </span>${area}</p>` : nothing}${
        owner
          ? html`<p class="owner" lang=${dl}><span class="visually-hidden" lang=${ul}>${s.owner}: </span>${owner}</p>`
          : nothing
      }${target?.year ? html`<p class="left">${s.yearsLeft(target.year - year)}</p>` : nothing}
    </div>
  </article>`;
}
