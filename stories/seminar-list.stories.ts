import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { dateOnlySeminars, exampleSeminars, manySeminars, seminarDocument } from './fixtures/seminars.js';
import { argTypesFor, renderTag, withInlineData } from './support/story-element.js';

const meta: Meta = {
  title: 'Elements/rus-seminar-list',
  component: 'rus-seminar-list',
  render: renderTag('rus-seminar-list'),
  argTypes: argTypesFor('rus-seminar-list'),
  args: { src: 'data/rus2030.json', now: '2020-10-20' },
  parameters: {
    docs: {
      description: {
        component:
          'The "Här och nu" web seminars: upcoming ones first, soonest first, with date and time (Stockholm time), theme, marks, organisers, registration and an "add to calendar" `.ics` file made in the browser; past ones (with recordings) on request.\n\n```html\n<rus-seminar-list src="https://example.org/rus2030.json" show="upcoming" structured-data></rus-seminar-list>\n```\n\nThe sample data is from 2020, so the stories view it as of `now="2020-10-20"`. Stories marked *example* use invented times, texts and links; they carry their data inline, so their `src` is empty.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The real seminars of the RUS 2030 page as of 20 October 2020 (dates only: no times show). */
export const SampleData: Story = {};

/** Example seminars with times, descriptions and registration; past ones under their own heading (`show="all"`). */
export const UpcomingAndPast: Story = withInlineData(seminarDocument(exampleSeminars), { args: { show: 'all' } });

/** Only the past seminars, latest first, with their recordings (`show="past"`, example). */
export const PastOnly: Story = withInlineData(seminarDocument(exampleSeminars), {
  args: { show: 'past', now: '2020-12-01' },
});

/** No upcoming seminars: the list says so and offers the past ones, with their recordings (example). */
export const EmptyUpcomingWithPast: Story = withInlineData(seminarDocument(exampleSeminars), {
  args: { now: '2021-01-15' },
});

/** The document holds no seminars at all: the list says so, with nothing to offer instead. */
export const NoSeminars: Story = withInlineData(seminarDocument([]));

/** Twelve upcoming example seminars; `limit` can shorten it. */
export const LongList: Story = withInlineData(seminarDocument(manySeminars));

/** Dates without a time of day show no time; a two-day seminar shows both days (example). "Add to calendar" makes an all-day event. */
export const DateOnly: Story = withInlineData(seminarDocument(dateOnlySeminars));

/**
 * `structured-data`: the widget also writes the seminars as schema.org `Event`s in a
 * `<script type="application/ld+json">` beside itself, for search engines. Nothing changes
 * on screen; inspect the element to see it (example).
 */
export const StructuredData: Story = withInlineData(seminarDocument(exampleSeminars), {
  args: { 'structured-data': true },
});

/** English interface (`lang="en"`): "Upcoming web seminars", "Thursday 29 October 2020, 09:00–10:00", "Register for …". The seminars' own texts stay Swedish. */
export const English: Story = withInlineData(seminarDocument(exampleSeminars), { args: { lang: 'en', show: 'all' } });

/** Under a page's own heading: `heading-level="3"` makes the list heading an h3 and each seminar an h4; `heading` sets its text. */
export const HeadingLevel: Story = { args: { 'heading-level': 3, heading: 'Här och nu – digitala samtal' } };

/** The loading state: this story's address never answers, so the widget keeps its place and says it is loading. */
export const Loading: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 3600000 } };

/** The data address does not exist (404): the error says so, with a retry button. */
export const LoadError: Story = { name: 'Error', args: { src: 'data/does-not-exist.json' } };

/** The address does not answer within `timeout` (here 1.5 s): the error says so, with a retry button. */
export const Timeout: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 1500 } };

/** Partly dropped data: one seminar has no start, one an unusable registration link; the rest show, and the console says what was left out (example). */
export const PartlyDroppedData: Story = withInlineData(
  seminarDocument([
    ...exampleSeminars,
    { id: 'example-no-start', title: 'Utan datum (exempel)' },
    { id: 'example-bad-link', title: 'Med en trasig länk (exempel)', start: '2020-12-17', url: 'javascript:alert(1)' },
  ]),
);
