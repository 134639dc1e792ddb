import { html, type TemplateResult } from 'lit';
import type { RusFeeds } from '../data/types.js';
import { absoluteUrl } from './absolute-url.js';
import type { SeminarListStrings } from './strings.js';

/**
 * "Prenumerera på kalendern" (a `webcal:` link, which opens the visitor's calendar app
 * subscribed to the feed), the same feed as an https link (for calendars that subscribe by
 * address, such as Google Calendar or Outlook on the web) and the Atom feed: only what the
 * document names, nothing without `feeds`.
 */
export function feedLinks(feeds: RusFeeds | undefined, s: SeminarListStrings): TemplateResult | null {
  // webcal: needs an absolute address; the data's relative ones are relative to the page.
  const calendar = absoluteUrl(feeds?.calendar);
  const atom = feeds?.atom;
  return calendar || atom
    ? html`<p part="feeds">
        ${
          calendar
            ? html`<a part="feed-link" href=${calendar.replace(/^https?/, 'webcal')}>${s.subscribe}</a
                ><a part="feed-link" href=${calendar}>${s.calendarFeed}</a>`
            : null
        }${atom ? html`<a part="feed-link" href=${atom}>${s.atomFeed}</a>` : null}
      </p>`
    : null;
}
