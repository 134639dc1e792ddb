import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import kommunbla from '../themes/kommunbla.css?raw';
import kust from '../themes/kust.css?raw';
import '../src/index.js';
import { holdRequestsOpen } from '../stories/support/story-element.js';

// Controls and docs come from the manifest, which is generated from the sources' JSDoc.
setCustomElementsManifest(manifest);

const partnerThemes: Record<string, string> = { kommunbla, kust };

// Requests to addresses with `story=never` stay open: the loading and timeout stories use them.
holdRequestsOpen();

/**
 * The page around the widget for the toolbar's Light and Dark: its `color-scheme` (which the
 * widgets follow when they have no `theme`) and its colours. Dark takes the widget's own dark
 * background, so a dark widget sits on the same colour, with no band around it.
 */
const pages: Record<string, { scheme: string; background: string; color: string }> = {
  light: { scheme: 'light', background: '#ffffff', color: '#1b1b1b' },
  dark: { scheme: 'dark', background: 'var(--rus-color-background, #161b1f)', color: '#eef1f3' },
};

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
  const page = pages[theme];
  // The whole canvas, not only the story's box: no light margin around a dark story.
  document.documentElement.style.colorScheme = page?.scheme ?? '';
  document.body.style.background = page?.background ?? '';
  document.body.style.color = page?.color ?? '';
  // Widgets also get `theme` from the toolbar (see storyElement), for a default that ignores the page's scheme.
  return html`<div
    lang=${locale}
    class="rus-story"
    data-scheme=${page?.scheme ?? 'page'}
    style=${page ? `color-scheme:${page.scheme};background:${page.background};color:${page.color}` : ''}
  >
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
          { value: 'default', title: 'No theme set (the library default)' },
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
