import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleGoalsDocument } from './fixtures/goals.js';
import { argTypesFor, renderTag, withInlineData } from './support/story-element.js';

const meta: Meta = {
  title: 'Elements/rus-goal-badges',
  component: 'rus-goal-badges',
  render: renderTag('rus-goal-badges'),
  argTypes: argTypesFor('rus-goal-badges'),
  args: { src: 'data/rus2030.json', now: '2026-01-01' },
  parameters: {
    docs: {
      description: {
        component:
          'Goals of the strategy and its partners as badges: the target ("5 000 jobb till 2030"), owner, area (colour and mark), years left, and progress where the data has a current figure. One goal on its own: `<rus-goal-badge>`.\n\n```html\n<rus-goal-badges src="https://example.org/rus2030.json" area="näringsliv"></rus-goal-badges>\n```\n\nThe real sample data has no progress figures; stories marked **example** use invented figures, inline, so their `src` is empty.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The real RUS 2030 goals from the sample document: no progress figures exist, so no meters show. */
export const SampleData: Story = { args: { heading: 'Mål för RUS 2030' } };

/** EXAMPLE data: invented progress figures, with a baseline, a goal past its target and a goal that goes down. */
export const WithProgressExample: Story = withInlineData(exampleGoalsDocument, {
  name: 'With progress (example data)',
  args: { heading: 'Exempelmål med framsteg' },
});

/** Compact pills for a sidebar (EXAMPLE data). */
export const Compact: Story = withInlineData(exampleGoalsDocument, {
  name: 'Compact (example data)',
  args: { variant: 'compact', limit: 4 },
  parameters: { rus: { style: 'max-width: 22em' } },
});

/** Only the goals of one area. */
export const AreaFilter: Story = { args: { area: 'besöksnäring' } };

/** Chosen goals, in the chosen order. */
export const ChosenGoals: Story = { args: { goals: 'alla-invanare sundsvall-jobb' } };

/** The interface in English (the goals' own texts stay as the data gives them). */
export const English: Story = { args: { lang: 'en', heading: 'Goals of RUS 2030' } };

/** The loading state: this story's address never answers, so the widget keeps its place and says it is loading. */
export const Loading: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 3600000 } };

/** The error state: the address gives nothing (404). */
export const ErrorState: Story = { name: 'Error', args: { src: 'data/no-such-file.json' } };

/** The address does not answer within `timeout` (here 1.5 s): the error says so, with a retry button. */
export const Timeout: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 1500 } };

/** The empty state: no goal in the chosen area. */
export const Empty: Story = { args: { area: 'kultur' } };
