import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exampleQuotes, manyLongQuotes, quoteDocument } from './fixtures/quotes.js';

import { widgetWithData } from '../test/support/widget-with-data.js';

/** A carousel with its data inline, as an editor could paste it. */
const inline = (data: unknown, attributes: Record<string, string> = {}) =>
  widgetWithData('rus-quote-carousel', data, attributes);

const meta: Meta = {
  title: 'Elements/rus-quote-carousel',
  component: 'rus-quote-carousel',
  parameters: {
    docs: {
      description: {
        component:
          'Statements by people from the region’s partners, one (or a few) at a time — a carousel built to the WAI-ARIA Authoring Practices pattern: pause/play button first, prev/next, a pager that says where you are and lets you jump, arrow keys, Home and End, swipe, hidden slides `inert`.\n\n```html\n<rus-quote-carousel src="https://example.org/rus2030.json" autoplay interval="8000"></rus-quote-carousel>\n```\n\nStories marked *example* use invented people and drawn placeholder portraits.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The real statements of the RUS 2030 page (no portraits in the sample: initials show). */
export const SampleData: Story = {
  render: () =>
    html`<rus-quote-carousel src="data/rus2030.json" heading="Så tycker våra partner"></rus-quote-carousel>`,
};

/** One statement: no controls, nothing to rotate (example). */
export const OneStatement: Story = {
  render: () => inline(quoteDocument(exampleQuotes.slice(0, 1))),
};

/** Twelve long example statements of different lengths: the tallest sets the height, so nothing jumps. Two side by side from 40em (`per-view="2"`). */
export const ManyLongStatements: Story = {
  render: () => inline(quoteDocument(manyLongQuotes), { 'per-view': '2', loop: '' }),
};

/** Example statements with portraits (drawn placeholders, lazy-loaded with fixed dimensions). */
export const WithPortraits: Story = {
  render: () => inline(quoteDocument(exampleQuotes)),
};

/** No portraits: initials stand in (the real sample has none). */
export const NoPortraits: Story = {
  render: () => inline(quoteDocument(exampleQuotes.map(({ image: _image, ...quote }) => quote))),
};

/** Rotates every 5 s; the pause button comes first. Hovering pauses, keyboard focus or any navigation stops it. Off when the visitor prefers reduced motion. */
export const Autoplay: Story = {
  render: () => html`<rus-quote-carousel src="data/rus2030.json" autoplay interval="5000"></rus-quote-carousel>`,
};

/** `layout="list"`: every statement stacked, no controls (also what print shows). */
export const ListLayout: Story = {
  render: () =>
    html`<rus-quote-carousel
      src="data/rus2030.json"
      layout="list"
      limit="4"
      heading="Uttalanden"
    ></rus-quote-carousel>`,
};

/** Filtered to one organisation: `organisation="Region Västernorrland"`. */
export const OneOrganisation: Story = {
  render: () =>
    html`<rus-quote-carousel src="data/rus2030.json" organisation="Region Västernorrland"></rus-quote-carousel>`,
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
    provider.append(document.createElement('rus-quote-carousel'));
    return provider;
  },
};

/** The data address does not exist (404): the error says so, with a retry button. */
export const LoadError: Story = {
  name: 'Error',
  render: () => html`<rus-quote-carousel src="data/does-not-exist.json"></rus-quote-carousel>`,
};

/** The document holds no statements. */
export const Empty: Story = {
  render: () => inline(quoteDocument([])),
};

/** English interface (`lang="en"`): "Statements", "1 of 14", "Next statement" … The statements stay in Swedish. */
export const English: Story = {
  render: () => html`<rus-quote-carousel src="data/rus2030.json" lang="en" autoplay></rus-quote-carousel>`,
};

/** In a right-to-left page (`dir="rtl"` on an ancestor): the first statement at the right, arrow keys and mouse drag follow what the eye sees, prev/next icons mirrored. */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><rus-quote-carousel src="data/rus2030.json" loop></rus-quote-carousel></div>`,
};
