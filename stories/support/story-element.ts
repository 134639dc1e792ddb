import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';
import manifest from '../../custom-elements.json';

/** One attribute as the manifest (generated from the sources' JSDoc) describes it. */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: { name: string; kind: string }[];
  cssParts?: { name: string; description?: string }[];
}

/** What a story renders besides its attributes, given in its `parameters.rus`. */
export interface StoryContent {
  /** The data document, inline in a child `<script type="application/json">` (a string goes in as it is). */
  data?: unknown;
  /** Child elements (for `<rus-data>`): each made the same way, with its own attributes. */
  children?: { tag: string; attributes?: Args }[];
  /** Inline style of the element, e.g. a `max-width` a sidebar would give it. */
  style?: string;
}

function declarationOf(tag: string): ManifestDeclaration {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as ManifestDeclaration[]);
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`${tag} is not in custom-elements.json: run npm run analyze`);
  return declaration;
}

const attributesOf = (tag: string) => declarationOf(tag).attributes ?? [];

/** `'card' | 'compact' | undefined` → `['card', 'compact']`; `[]` for a type that is not a set of strings. */
function optionsOf(typeText: string): string[] {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

/** The control, and the arg type Storybook checks values against, for an attribute of type `typeText`. */
function controlFor(typeText: string): Partial<ArgTypes[string]> {
  const options = optionsOf(typeText);
  if (options.length > 0) {
    return { control: options.length > 3 ? 'select' : 'inline-radio', options, type: { name: 'enum', value: options } };
  }
  if (typeText.includes('boolean')) return { control: 'boolean', type: { name: 'boolean' } };
  if (typeText.includes('number')) return { control: 'number', type: { name: 'number' } };
  return { control: 'text', type: { name: 'string' } };
}

/**
 * Controls for every attribute of `tag`, keyed by the attribute's name as an editor writes it
 * (`heading-level`, not `headingLevel`): text for text, a number field for numbers, a switch
 * for booleans, radio buttons or a select for a set of values. The property rows that only
 * repeat an attribute under its camelCase name are hidden, so each setting has one control.
 */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const typeText = attribute.type?.text ?? 'string';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      ...controlFor(typeText),
      table: { category: 'attributes', type: { summary: typeText }, defaultValue: { summary: attribute.default } },
    };
    if (attribute.fieldName && attribute.fieldName !== attribute.name) {
      argTypes[attribute.fieldName] = { table: { disable: true } };
    }
  }
  // Storybook keys parts by name too: a part named like an attribute (`heading`, `loading`)
  // would replace the attribute's control. It keeps its row under a key of its own.
  for (const part of declaration.cssParts ?? []) {
    if (part.name in argTypes) {
      argTypes[`part:${part.name}`] = {
        name: part.name,
        description: part.description,
        control: false,
        table: { category: 'css shadow parts' },
      };
    }
  }
  // Properties without an attribute (the static `version`) are read, not set: no control.
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !(member.name in argTypes)) argTypes[member.name] = { control: false };
  }
  return argTypes;
}

/** The toolbar's Light or Dark, for widgets whose story does not set `theme` itself. */
function toolbarTheme(context?: StoryContext): string | undefined {
  const theme = (context?.globals as { theme?: string } | undefined)?.theme;
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

/**
 * The element `tag` with an attribute for each of its attributes in `args` (`true` → present,
 * `false`, `undefined` or empty → absent), as an editor would paste it. Every story renders
 * through here, so every control changes the element.
 */
export function storyElement(tag: string, args: Args, content: StoryContent = {}, context?: StoryContext): HTMLElement {
  const element = document.createElement(tag);
  const names = attributesOf(tag).map((attribute) => attribute.name);
  const values: Args = { ...args };
  if (names.includes('theme')) values.theme ??= toolbarTheme(context);
  for (const name of names) {
    const value: unknown = values[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (content.style) element.setAttribute('style', content.style);
  if (content.data !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof content.data === 'string' ? content.data : JSON.stringify(content.data);
    element.append(script);
  }
  for (const child of content.children ?? [])
    element.append(storyElement(child.tag, child.attributes ?? {}, {}, context));
  return element;
}

/** A meta's `render` for `tag`: the args as attributes, the story's `parameters.rus` as its content. */
export const renderTag =
  (tag: string) =>
  (args: Args, context: StoryContext): HTMLElement =>
    storyElement(tag, args, (context.parameters.rus ?? {}) as StoryContent, context);

/**
 * A story whose data is inline (a child `<script type="application/json">`), as an editor
 * could paste it: `src` is emptied, and `story`'s own args and parameters are kept.
 */
export function withInlineData<Story extends { args?: Args; parameters?: Record<string, unknown> }>(
  data: unknown,
  story: Story = {} as Story,
): Story {
  const rus = { ...(story.parameters?.rus as StoryContent | undefined), data } satisfies StoryContent;
  return { ...story, args: { src: '', ...story.args }, parameters: { ...story.parameters, rus } };
}

/**
 * Requests whose address holds `story=never` never answer (until aborted): the loading and
 * timeout stories need an address that keeps the widget waiting, which a static Storybook lacks.
 */
export function holdRequestsOpen(): void {
  const w = window as Window & { rusStoryFetch?: boolean };
  if (w.rusStoryFetch) return;
  w.rusStoryFetch = true;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('story=never')
      ? new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
      : fetch(input, init);
}
