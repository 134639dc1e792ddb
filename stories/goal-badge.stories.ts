import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleGoalsDocument } from './fixtures/goals.js';
import { argTypesFor, renderTag, withInlineData } from './support/story-element.js';

const meta: Meta = {
  title: 'Elements/rus-goal-badge',
  component: 'rus-goal-badge',
  render: renderTag('rus-goal-badge'),
  argTypes: argTypesFor('rus-goal-badge'),
  args: { src: 'data/rus2030.json', now: '2026-01-01', goal: 'sundsvall-jobb' },
  parameters: {
    // As beside an article: a badge takes the width it is given.
    rus: { style: 'max-width: 24em' },
    docs: {
      description: {
        component:
          'One goal as a badge, chosen by its id, e.g. beside an article about it. The list of goals is `<rus-goal-badges>`.\n\n```html\n<rus-goal-badge src="https://example.org/rus2030.json" goal="sundsvall-jobb"></rus-goal-badge>\n```',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** One goal of the sample document, chosen by id (the sample has no progress figures). */
export const OneBadge: Story = {};

/** One badge with EXAMPLE progress (invented figures, inline). */
export const WithProgressExample: Story = withInlineData(exampleGoalsDocument, {
  name: 'With progress (example data)',
  args: { goal: 'example-besok' },
});

/** The compact pill (EXAMPLE data). */
export const Compact: Story = withInlineData(exampleGoalsDocument, {
  name: 'Compact (example data)',
  args: { goal: 'example-besok', variant: 'compact' },
});

/** An id that is not in the data: the badge says so. */
export const BadgeNotFound: Story = { args: { goal: 'no-such-goal' } };
