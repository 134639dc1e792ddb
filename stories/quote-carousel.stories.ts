import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exampleQuotes, manyLongQuotes, quoteDocument } from './fixtures/quotes.js';
import { argTypesFor, renderTag, withInlineData } from './support/story-element.js';

const meta: Meta = {
  title: 'Elements/rus-quote-carousel',
  component: 'rus-quote-carousel',
  render: renderTag('rus-quote-carousel'),
  argTypes: argTypesFor('rus-quote-carousel'),
  args: { src: 'data/rus2030.json' },
  parameters: {
    docs: {
      description: {
        component:
          'Statements by people from the region’s partners, one (or a few) at a time — a carousel built to the WAI-ARIA Authoring Practices pattern: pause/play button first, prev/next, a pager that says where you are and lets you jump, arrow keys, Home and End, swipe, hidden slides `inert`.\n\n```html\n<rus-quote-carousel src="https://example.org/rus2030.json" autoplay interval="8000"></rus-quote-carousel>\n```\n\nStories marked *example* use invented people and drawn placeholder portraits; they carry their data inline, so their `src` is empty.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The real statements of the RUS 2030 page (no portraits in the sample: initials show). */
export const SampleData: Story = { args: { heading: 'Så tycker våra partner' } };

/** One statement: no controls, nothing to rotate (example). */
export const OneStatement: Story = withInlineData(quoteDocument(exampleQuotes.slice(0, 1)));

/** Twelve long example statements of different lengths: the tallest sets the height, so nothing jumps. Two side by side from 40em (`per-view="2"`). */
export const ManyLongStatements: Story = withInlineData(quoteDocument(manyLongQuotes), {
  args: { 'per-view': 2, loop: true },
});

/** Three side by side on a wide screen (`per-view="3"`); fewer as the space narrows (example). */
export const ThreePerView: Story = withInlineData(quoteDocument([...exampleQuotes, ...manyLongQuotes.slice(0, 3)]), {
  args: { 'per-view': 3 },
});

/** Example statements with portraits (drawn placeholders, lazy-loaded with fixed dimensions). */
export const WithPortraits: Story = withInlineData(quoteDocument(exampleQuotes));

/** No portraits: initials stand in (the real sample has none). */
export const NoPortraits: Story = withInlineData(
  quoteDocument(exampleQuotes.map(({ image: _image, ...quote }) => quote)),
);

/** Rotates every 5 s; the pause button comes first. Hovering pauses, keyboard focus or any navigation stops it. Off when the visitor prefers reduced motion. */
export const Autoplay: Story = { args: { autoplay: true, interval: 5000 } };

/** `layout="list"`: every statement stacked, no controls (also what print shows). */
export const ListLayout: Story = { args: { layout: 'list', limit: 4, heading: 'Uttalanden' } };

/** Filtered to one organisation: `organisation="Region Västernorrland"`. */
export const OneOrganisation: Story = { args: { organisation: 'Region Västernorrland' } };

/**
 * Partly dropped data: two of the five statements lack a text or a name. The three good
 * ones show; the console names each dropped statement and why (example).
 */
export const PartlyDroppedData: Story = withInlineData(
  quoteDocument([
    ...exampleQuotes,
    { id: 'example-no-text', name: 'Utan Text', organisation: 'Exempelkommunen' },
    { id: 'example-no-name', text: 'Exempeltext utan namn.' },
  ]),
);

/** The loading state: this story's address never answers, so the widget keeps its place and says it is loading. */
export const Loading: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 3600000 } };

/** The data address does not exist (404): the error says so, with a retry button. */
export const LoadError: Story = { name: 'Error', args: { src: 'data/does-not-exist.json' } };

/** The address does not answer within `timeout` (here 1.5 s): the error says so, with a retry button. */
export const Timeout: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 1500 } };

/** A data document of a newer version than this widget reads: the error says so, and nothing is guessed. */
export const VersionError: Story = withInlineData({ version: 2, lang: 'sv', quotes: exampleQuotes });

/** The document holds no statements. */
export const Empty: Story = withInlineData(quoteDocument([]));

/** English interface (`lang="en"`): "Statements", "1 of 14", "Next statement" … The statements stay in Swedish. */
export const English: Story = { args: { lang: 'en', autoplay: true } };

/** In a right-to-left page (`dir="rtl"` on an ancestor): the first statement at the right, arrow keys and mouse drag follow what the eye sees, prev/next icons mirrored. */
export const RightToLeft: Story = {
  args: { loop: true },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
