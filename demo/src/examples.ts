/** The widgets the demo page shows, each with the embed snippet an editor would paste. */
export interface Example {
  title: string;
  snippet: string;
}

const DATA = '/data/rus2030.json';

export const examples: Example[] = [
  {
    title: 'Uttalanden (karusell)',
    snippet: `<rus-quote-carousel src="${DATA}" autoplay interval="8000"></rus-quote-carousel>`,
  },
  {
    title: 'Webbseminarier – Här och nu',
    snippet: `<rus-seminar-list src="${DATA}" now="2020-10-20" show="all" heading-level="3"></rus-seminar-list>`,
  },
  { title: 'Mål', snippet: `<rus-goal-badges src="${DATA}" now="2020-10-20" heading-level="3"></rus-goal-badges>` },
  {
    title: 'Ett mål, kompakt',
    snippet: `<rus-goal-badge src="${DATA}" goal="sundsvall-jobb" variant="compact" now="2020-10-20" heading-level="3"></rus-goal-badge>`,
  },
  {
    title: 'Delad data med <rus-data>, på engelska',
    snippet: `<rus-data src="${DATA}">\n  <rus-seminar-list lang="en" now="2020-11-01" heading-level="3"></rus-seminar-list>\n  <rus-goal-badges lang="en" area="näringsliv" now="2020-10-20" heading-level="3"></rus-goal-badges>\n</rus-data>`,
  },
];
