import { html, render } from 'lit';
import '../../src/index.js';
import { builderStrings, type BuilderLang } from './builder-strings.js';
import { optionsFor, type WidgetOption } from './manifest-options.js';
import { buildSnippet, elementAttributes, type EmbedChoice } from './snippet.js';

/**
 * The embed builder: an editor picks a widget and its options, sees it live, and copies
 * a snippet that works pasted into any page. Plain form controls, labelled, in Swedish
 * with English on request.
 */
const origin = location.origin;
const TAGS = ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges', 'rus-goal-badge'];

let pageLang: BuilderLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
let status = '';
const choice: EmbedChoice = {
  tag: TAGS[0],
  src: `${origin}/data/rus2030.json`,
  lang: 'sv',
  scheme: '',
  themeHref: '',
  build: 'module',
  libraryBase: `${origin}/rus-widgets/`,
  attributes: {},
};
let themeName = '';

const root = document.querySelector<HTMLElement>('#builder')!;

function update(): void {
  document.documentElement.lang = pageLang;
  const t = builderStrings[pageLang];
  document.title = `${t.title} – rus-widgets`;
  document.querySelector('h1')!.textContent = t.title;
  render(view(), root);
  renderPreview();
}

function set(mutate: () => void): (event: Event) => void {
  return () => {
    mutate();
    status = '';
    update();
  };
}

function value(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}

function optionControl(option: WidgetOption) {
  const id = `option-${option.attribute}`;
  const current = choice.attributes[option.attribute];
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next = option.kind === 'boolean' ? (input.checked ? '' : undefined) : input.value.trim() || undefined;
    if (next === undefined) delete choice.attributes[option.attribute];
    else choice.attributes[option.attribute] = next;
    status = '';
    update();
  };
  // The descriptions come from the manifest, in English; marked so screen readers say them in English.
  const hint = html`<span class="hint" id="${id}-hint" lang="en">${option.description.replace(/`/g, '')}</span>`;
  if (option.kind === 'boolean') {
    return html`<div class="field checkbox">
      <input
        type="checkbox"
        id=${id}
        .checked=${current !== undefined}
        @change=${change}
        aria-describedby="${id}-hint"
      />
      <label for=${id}><code>${option.attribute}</code></label
      >${hint}
    </div>`;
  }
  if (option.kind === 'enum') {
    return html`<div class="field">
      <label for=${id}><code>${option.attribute}</code></label
      >${hint}
      <select id=${id} @change=${change} aria-describedby="${id}-hint">
        <option value="" ?selected=${current === undefined}>${builderStrings[pageLang].notSet}</option>
        ${option.values.map((v) => html`<option value=${v} ?selected=${current === v}>${v}</option>`)}
      </select>
    </div>`;
  }
  return html`<div class="field">
    <label for=${id}><code>${option.attribute}</code></label
    >${hint}
    <input
      id=${id}
      type=${option.kind === 'number' ? 'number' : 'text'}
      .value=${current ?? ''}
      @change=${change}
      aria-describedby="${id}-hint"
    />
  </div>`;
}

function select(
  id: string,
  label: string,
  options: Record<string, string>,
  current: string,
  onChange: (v: string) => void,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => set(() => onChange(value(e)))(e)}>
      ${Object.entries(options).map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
    </select>
  </div>`;
}

function view() {
  const t = builderStrings[pageLang];
  return html` <p>${t.intro}</p>
    <p>
      <button
        type="button"
        lang=${pageLang === 'sv' ? 'en' : 'sv'}
        @click=${set(() => (pageLang = pageLang === 'sv' ? 'en' : 'sv'))}
      >
        ${t.switchLanguage}
      </button>
    </p>
    <div class="builder">
      <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${t.widget}</legend>
          ${TAGS.map(
            (tag) =>
              html`<div class="field radio">
                <input
                  type="radio"
                  name="widget"
                  id="widget-${tag}"
                  value=${tag}
                  .checked=${choice.tag === tag}
                  @change=${set(() => {
                    choice.tag = tag;
                    choice.attributes = {};
                  })}
                />
                <label for="widget-${tag}">${t.widgets[tag]} <code>&lt;${tag}&gt;</code></label>
              </div>`,
          )}
        </fieldset>
        <div class="field">
          <label for="data-src">${t.data}</label>
          <span class="hint" id="data-src-hint">${t.dataHint}</span>
          <input
            id="data-src"
            type="url"
            .value=${choice.src}
            aria-describedby="data-src-hint"
            @change=${set(() => (choice.src = root.querySelector<HTMLInputElement>('#data-src')!.value.trim() || `${origin}/data/rus2030.json`))}
          />
        </div>
        ${select('widget-lang', t.language, { sv: 'Svenska', en: 'English' }, choice.lang, (v) => (choice.lang = v as 'sv' | 'en'))}
        ${select('widget-scheme', t.scheme, t.schemes, choice.scheme, (v) => (choice.scheme = v))}
        ${select('widget-theme', t.theme, t.themes, themeName, (v) => {
          themeName = v;
          choice.themeHref = v ? `${origin}/themes/${v}.css` : '';
        })}
        ${select('widget-build', t.build, t.builds, choice.build, (v) => (choice.build = v as 'module' | 'classic'))}
        <fieldset>
          <legend>${t.options}</legend>
          ${optionsFor(choice.tag).map(optionControl)}
        </fieldset>
      </form>
      <section class="output" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t.preview}</h2>
        <div id="preview" class="preview"></div>
        <h2 id="code-heading">${t.code}</h2>
        <pre><code id="snippet" aria-labelledby="code-heading">${buildSnippet(choice)}</code></pre>
        <button type="button" id="copy" @click=${copy}>${t.copy}</button>
        <p role="status" id="copy-status">${status}</p>
      </section>
    </div>`;
}

/** The preview is the element itself, built from the same choice as the snippet. */
function renderPreview(): void {
  const preview = root.querySelector('#preview')!;
  const element = document.createElement(choice.tag);
  for (const [name, attributeValue] of elementAttributes(choice)) element.setAttribute(name, attributeValue);
  preview.replaceChildren(element);
  const link = document.querySelector<HTMLLinkElement>('#preview-theme');
  if (choice.themeHref) {
    const theme = link ?? Object.assign(document.createElement('link'), { id: 'preview-theme', rel: 'stylesheet' });
    theme.href = choice.themeHref;
    document.head.append(theme);
  } else {
    link?.remove();
  }
}

async function copy(): Promise<void> {
  const t = builderStrings[pageLang];
  try {
    await navigator.clipboard.writeText(buildSnippet(choice));
    status = t.copied;
  } catch {
    const selection = getSelection();
    selection?.selectAllChildren(root.querySelector('#snippet')!);
    status = t.copyFailed;
  }
  render(view(), root);
}

update();
