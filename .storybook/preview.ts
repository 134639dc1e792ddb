import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import kommunbla from '../themes/kommunbla.css?raw';
import kust from '../themes/kust.css?raw';
import '../src/index.js';

// Controls and docs come from the manifest, which is generated from the sources' JSDoc.
setCustomElementsManifest(manifest);

const partnerThemes: Record<string, string> = { kommunbla, kust };

/** The toolbar's theme and language, applied the way a partner page would apply them. */
const withThemeAndLanguage: Decorator = (story, context) => {
  const { theme = 'default', locale = 'sv' } = context.globals as { theme?: string; locale?: string };
  let style = document.getElementById('rus-partner-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'rus-partner-theme';
    document.head.append(style);
  }
  style.textContent = partnerThemes[theme] ?? '';
  const scheme = theme === 'dark' || theme === 'light' ? theme : undefined;
  // A widget takes `theme` on itself; set it on every widget the story renders.
  requestAnimationFrame(() => {
    document.querySelectorAll('#storybook-root *, .docs-story *').forEach((el) => {
      if (!el.localName.startsWith('rus-')) return;
      if (scheme) el.setAttribute('theme', scheme);
      else el.removeAttribute('theme');
    });
  });
  const background = scheme === 'dark' ? '#101418' : scheme === 'light' ? '#ffffff' : 'transparent';
  const color = scheme === 'dark' ? '#eef1f3' : scheme === 'light' ? '#1b1b1b' : 'inherit';
  return html`<div lang=${locale} class="rus-story" style="padding:1em;background:${background};color:${color}">
    ${story()}
  </div>`;
};

const preview: Preview = {
  // A docs page per element: its description with the embed snippet, and its API from the manifest.
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (follows the OS)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'kommunbla', title: 'Partner: Kommunblå' },
          { value: 'kust', title: 'Partner: Kust' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'sv' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
