import { html, nothing, svg, type TemplateResult } from 'lit';
import type { RusGoal } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { heading } from '../base/heading.js';
import { goalTexts } from './goal-texts.js';
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

/** One goal as a badge: shared by `<rus-goal-badges>` (one per list item) and `<rus-goal-badge>`. */
export function renderBadge(goal: RusGoal, { lang, level, year, dataLang }: BadgeOptions): TemplateResult {
  const s = strings[lang];
  const { area, owner, url, title } = goal;
  const { figure, number, byYear, progress, asOf, yearsLeft } = goalTexts(goal, lang, year);
  const [key, mark] = areaOf(area);
  // Area and owner come from the data; their hidden labels ("Område: ") are interface text.
  const dl = dataLang ?? nothing;
  const ul = dataLang ? lang : nothing;
  // The meter announces the figures; the same text shows visibly, hidden from assistive tech to avoid saying it twice.
  const meter = progress
    ? html`<div class="progress">
        <div
          class="meter"
          part="meter"
          role="meter"
          aria-label=${s.progress(title)}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${progress.filled}
          aria-valuetext=${progress.text}
        >
          <svg viewBox="0 0 100 1" preserveAspectRatio="none">
            ${svg`<rect width=${progress.filled} height="1"></rect>`}
          </svg>
        </div>
        <p class="figures" aria-hidden="true">${progress.text}</p>
        ${asOf ? html`<p class="as-of">${asOf}</p>` : nothing}
      </div>`
    : nothing;
  return html`<article class="badge area-${key}" part="badge">
    <span class="mark" part="mark" aria-hidden="true"
      ><svg viewBox="0 0 16 16">${svg`<path d=${mark}></path>`}</svg></span
    >${heading(level, url ? html`<a href=${url} part="link">${title}</a>` : title, 'title', undefined, dataLang)}${
      figure
        ? html`<p class="target" part="target">
            <strong><span class="number">${number}</span>${figure!.slice(number!.length)}</strong>${byYear}
          </p>`
        : nothing
    }${meter}
    <div class="meta" part="meta">
      ${area ? html`<p class="area" lang=${dl}><span class="visually-hidden" lang=${ul}>${s.area}: </span>${area}</p>` : nothing}${
        owner
          ? html`<p class="owner" lang=${dl}><span class="visually-hidden" lang=${ul}>${s.owner}: </span>${owner}</p>`
          : nothing
      }${yearsLeft ? html`<p class="left">${yearsLeft}</p>` : nothing}
    </div>
  </article>`;
}
