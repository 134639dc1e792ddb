import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/rus-data',
  component: 'rus-data',
  parameters: {
    docs: {
      description: {
        component:
          'Loads the data document once and hands it to every widget inside it.\n\n```html\n<rus-data src="https://example.org/rus2030.json">\n  <rus-seminar-list></rus-seminar-list>\n  <rus-goal-badges></rus-goal-badges>\n</rus-data>\n```',
      },
    },
  },
};
export default meta;

export const SharedData: StoryObj = {
  render: () =>
    html`<rus-data src="data/rus2030.json">
      <rus-seminar-list now="2020-10-20"></rus-seminar-list>
      <rus-goal-badges now="2020-10-20"></rus-goal-badges>
    </rus-data>`,
};
