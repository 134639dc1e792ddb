import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { exampleGoalsDocument } from './fixtures/goals.js';
import { widgetWithData } from '../test/support/widget-with-data.js';

interface Args {
  area?: string;
  goals?: string;
  limit?: number;
  variant?: 'card' | 'compact';
  now?: string;
  heading?: string;
  'heading-level'?: number;
  lang?: string;
}

/** A widget with the EXAMPLE goals as inline JSON (a child `<script type="application/json">`). */
const withExampleData = (
  tag: 'rus-goal-badges' | 'rus-goal-badge',
  attrs: Record<string, string | number | undefined>,
) => widgetWithData(tag, exampleGoalsDocument, attrs);

/** For the Loading story only: requests to a URL with `story=loading` never answer, so the loading state stays. */
function installNeverAnsweringFetch(): void {
  const w = window as Window & { rusStoryFetch?: boolean };
  if (w.rusStoryFetch) return;
  w.rusStoryFetch = true;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('story=loading')
      ? new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
      : fetch(input, init);
}

const meta: Meta<Args> = {
  title: 'Elements/rus-goal-badges',
  component: 'rus-goal-badges',
  parameters: {
    docs: {
      description: {
        component:
          'Goals of the strategy and its partners as badges: the target ("5 000 jobb till 2030"), owner, area (colour and mark), years left, and progress where the data has a current figure.\n\n```html\n<rus-goal-badges src="https://example.org/rus2030.json" area="näringsliv"></rus-goal-badges>\n<rus-goal-badge src="https://example.org/rus2030.json" goal="sundsvall-jobb"></rus-goal-badge>\n```\n\nThe real sample data has no progress figures; stories marked **example** use invented figures.',
      },
    },
  },
  args: { now: '2026-01-01' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['card', 'compact'] },
  },
  render: (args) =>
    html`<rus-goal-badges
      src="data/rus2030.json"
      area=${ifDefined(args.area)}
      goals=${ifDefined(args.goals)}
      limit=${ifDefined(args.limit)}
      variant=${ifDefined(args.variant)}
      now=${ifDefined(args.now)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
    ></rus-goal-badges>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The real RUS 2030 goals from the sample document: no progress figures exist, so no meters show. */
export const SampleData: Story = { args: { heading: 'Mål för RUS 2030' } };

/** EXAMPLE data: invented progress figures, with a baseline, a goal past its target and a goal that goes down. */
export const WithProgressExample: Story = {
  name: 'With progress (example data)',
  render: (args) => withExampleData('rus-goal-badges', { now: args.now, heading: 'Exempelmål med framsteg' }),
};

/** Compact pills for a sidebar (EXAMPLE data). */
export const Compact: Story = {
  name: 'Compact (example data)',
  render: (args) => {
    const el = withExampleData('rus-goal-badges', { now: args.now, variant: 'compact', limit: 4 });
    el.style.maxWidth = '22em';
    return el;
  },
};

/** `<rus-goal-badge>`: one goal of the sample document, chosen by id. */
export const OneBadge: Story = {
  render: (args) =>
    html`<rus-goal-badge
      src="data/rus2030.json"
      goal="sundsvall-jobb"
      now=${ifDefined(args.now)}
      style="max-width: 24em"
    ></rus-goal-badge>`,
};

/** One badge with EXAMPLE progress. */
export const OneBadgeWithProgressExample: Story = {
  name: 'One badge with progress (example data)',
  render: (args) => {
    const el = withExampleData('rus-goal-badge', { now: args.now, goal: 'example-besok' });
    el.style.maxWidth = '24em';
    return el;
  },
};

/** Only the goals of one area. */
export const AreaFilter: Story = { args: { area: 'besöksnäring' } };

/** Chosen goals, in the chosen order. */
export const ChosenGoals: Story = { args: { goals: 'alla-invanare sundsvall-jobb' } };

/** The interface in English (the goals' own texts stay as the data gives them). */
export const English: Story = { args: { lang: 'en', heading: 'Goals of RUS 2030' } };

/** The loading state (this story's request is held open on purpose). */
export const Loading: Story = {
  render: () => {
    installNeverAnsweringFetch();
    return html`<rus-goal-badges src="data/rus2030.json?story=loading" timeout="3600000"></rus-goal-badges>`;
  },
};

/** The error state: the address gives nothing (404). */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<rus-goal-badges src="data/no-such-file.json"></rus-goal-badges>`,
};

/** The empty state: no goal in the chosen area. */
export const Empty: Story = { args: { area: 'kultur' } };

/** `<rus-goal-badge>` with an id that is not in the data. */
export const BadgeNotFound: Story = {
  render: () => html`<rus-goal-badge src="data/rus2030.json" goal="no-such-goal"></rus-goal-badge>`,
};
