import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { argTypesFor, renderTag, type StoryContent } from './support/story-element.js';

/** The widgets a page puts inside one provider: a seminar list and the goal badges. */
const widgets: StoryContent = {
  children: [
    { tag: 'rus-seminar-list', attributes: { now: '2020-10-20' } },
    { tag: 'rus-goal-badges', attributes: { now: '2020-10-20' } },
  ],
};

const meta: Meta = {
  title: 'Elements/rus-data',
  component: 'rus-data',
  render: renderTag('rus-data'),
  argTypes: argTypesFor('rus-data'),
  args: { src: 'data/rus2030.json' },
  parameters: {
    rus: widgets,
    docs: {
      description: {
        component:
          'Loads the data document once and hands it to every widget inside it. It draws nothing itself: each widget shows its own loading, error and content.\n\n```html\n<rus-data src="https://example.org/rus2030.json">\n  <rus-seminar-list></rus-seminar-list>\n  <rus-goal-badges></rus-goal-badges>\n</rus-data>\n```',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** One request for both widgets. */
export const SharedData: Story = {};

/** While the provider loads, every widget inside shows its loading state (this story's address never answers). */
export const Loading: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 3600000 } };

/** The provider's address does not exist (404): every widget inside says so, each with a retry button that asks the provider again. */
export const LoadError: Story = { name: 'Error', args: { src: 'data/does-not-exist.json' } };

/** The provider's address does not answer within `timeout` (here 1.5 s). */
export const Timeout: Story = { args: { src: 'data/rus2030.json?story=never', timeout: 1500 } };
