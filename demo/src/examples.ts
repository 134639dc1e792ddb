/** The widgets the demo page shows, each with the embed snippet an editor would paste. */
export interface Example {
  title: string;
  snippet: string;
}

const DATA = '/data/rus2030.json';

export const examples: Example[] = [
  { title: 'Uttalanden (karusell)', snippet: `<rus-quote-carousel src="${DATA}"></rus-quote-carousel>` },
  { title: 'Webbseminarier – Här och nu', snippet: `<rus-seminar-list src="${DATA}" now="2020-10-20" show="all"></rus-seminar-list>` },
  { title: 'Mål', snippet: `<rus-goal-badges src="${DATA}" now="2020-10-20"></rus-goal-badges>` },
  {
    title: 'Delad data med <rus-data>',
    snippet: `<rus-data src="${DATA}">\n  <rus-goal-badges now="2020-10-20" limit="2"></rus-goal-badges>\n</rus-data>`,
  },
];
