import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dateOnlySeminars, exampleSeminars, manySeminars, seminarDocument } from './fixtures/seminars.js';

import { widgetWithData } from '../test/support/widget-with-data.js';

/** A list with its data inline, as an editor could paste it. */
const inline = (data: unknown, attributes: Record<string, string> = {}) =>
  widgetWithData('rus-seminar-list', data, attributes);

const meta: Meta = {
  title: 'Elements/rus-seminar-list',
  component: 'rus-seminar-list',
  parameters: {
    docs: {
      description: {
        component:
          'The "Här och nu" web seminars: upcoming ones first, soonest first, with date and time (Stockholm time), theme, marks, organisers, registration and an "add to calendar" `.ics` file made in the browser; past ones (with recordings) on request.\n\n```html\n<rus-seminar-list src="https://example.org/rus2030.json" show="upcoming" structured-data></rus-seminar-list>\n```\n\nThe sample data is from 2020, so the stories view it as of `now="2020-10-20"`. Stories marked *example* use invented times, texts and links.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The real seminars of the RUS 2030 page as of 20 October 2020 (dates only: no times show). */
export const SampleData: Story = {
  render: () => html`<rus-seminar-list src="data/rus2030.json" now="2020-10-20"></rus-seminar-list>`,
};

/** Example seminars with times, descriptions and registration; past ones under their own heading (`show="all"`). */
export const UpcomingAndPast: Story = {
  render: () => inline(seminarDocument(exampleSeminars), { now: '2020-10-20', show: 'all' }),
};

/** No upcoming seminars: the list says so and offers the past ones, with their recordings (example). */
export const EmptyUpcomingWithPast: Story = {
  render: () => inline(seminarDocument(exampleSeminars), { now: '2021-01-15' }),
};

/** Twelve upcoming example seminars; `limit` can shorten it. */
export const LongList: Story = {
  render: () => inline(seminarDocument(manySeminars), { now: '2020-10-20' }),
};

/** Dates without a time of day show no time; a two-day seminar shows both days (example). "Add to calendar" makes an all-day event. */
export const DateOnly: Story = {
  render: () => inline(seminarDocument(dateOnlySeminars), { now: '2020-10-20' }),
};

/** English interface (`lang="en"`): "Upcoming web seminars", "Thursday 29 October 2020, 09:00–10:00", "Register for …". The seminars' own texts stay Swedish. */
export const English: Story = {
  render: () => inline(seminarDocument(exampleSeminars), { now: '2020-10-20', lang: 'en', show: 'all' }),
};

/** Under a page's own heading: `heading-level="3"` makes the list heading an h3 and each seminar an h4; `heading` sets its text. */
export const HeadingLevel: Story = {
  render: () =>
    html`<rus-seminar-list
      src="data/rus2030.json"
      now="2020-10-20"
      heading-level="3"
      heading="Här och nu – digitala samtal"
    ></rus-seminar-list>`,
};

/**
 * The loading state. A static Storybook has no address that never answers, so this story
 * puts the widget inside a `<rus-data>` provider that is told not to load: the widget waits
 * for it, in its loading state, which reserves the widget's space.
 */
export const Loading: Story = {
  render: () => {
    const provider = document.createElement('rus-data');
    Object.assign(provider, { load: () => undefined });
    provider.append(document.createElement('rus-seminar-list'));
    return provider;
  },
};

/** The data address does not exist (404): the error says so, with a retry button. */
export const LoadError: Story = {
  name: 'Error',
  render: () => html`<rus-seminar-list src="data/does-not-exist.json"></rus-seminar-list>`,
};
