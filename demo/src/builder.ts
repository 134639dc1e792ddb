import { html, render } from 'lit';
import '../../src/index.js';
import { builderStrings, type BuilderLang } from './builder-strings.js';
import { optionFields } from './builder-options.js';
import { checkDataAddress, checkingText, type DataCheck } from './data-check.js';
import { buildSnippet, elementAttributes, reserveCss, snapshotWidget, type EmbedChoice } from './snippet.js';

/**
 * The embed builder: an editor picks a widget and its options, sees it live on a page like
 * their own, and copies a snippet that works pasted into any page. Plain form controls,
 * labelled, in Swedish with English on request.
 */
const origin = location.origin;
const TAGS = ['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges', 'rus-goal-badge'];
const SAMPLE = `${origin}/data/rus2030.json`;
/** A day inside the sample's seminars (autumn 2020): without it the sample's list is empty today. */
const PREVIEW_NOW = '2020-10-20';

let pageLang: BuilderLang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
let status = '';
let dataCheck: DataCheck | 'checking' = 'checking';
let checkRun = 0;
let host = 'plain';
let width: 'desktop' | 'mobile' = 'desktop';
const choice: EmbedChoice = {
  tag: TAGS[0],
  src: SAMPLE,
  lang: 'sv',
  scheme: '',
  themeHref: '',
  build: 'module',
  libraryBase: `${origin}/rus-widgets/`,
  attributes: {},
  snapshot: false,
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

/** Checks the data address as a visitor's browser would load it; a newer check wins. */
async function checkData(): Promise<void> {
  const run = ++checkRun;
  dataCheck = 'checking';
  update();
  const result = await checkDataAddress(choice.src, pageLang);
  if (run !== checkRun) return;
  dataCheck = result;
  update();
}

function select(
  id: string,
  label: string,
  options: Record<string, string>,
  current: string,
  onChange: (v: string) => void,
  hint?: string,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}
    <select
      id=${id}
      aria-describedby=${hint ? `${id}-hint` : ''}
      @change=${(e: Event) => set(() => onChange(value(e)))(e)}
    >
      ${Object.entries(options).map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
    </select>
  </div>`;
}

function radios(
  name: string,
  legend: string,
  options: Record<string, string>,
  current: string,
  onChange: (v: string) => void,
) {
  return html`<fieldset class="inline">
    <legend>${legend}</legend>
    ${Object.entries(options).map(
      ([v, text]) =>
        html`<span class="field radio"
          ><input
            type="radio"
            name=${name}
            id="${name}-${v}"
            .checked=${v === current}
            @change=${set(() => onChange(v))}
          /><label for="${name}-${v}">${text}</label></span
        >`,
    )}
  </fieldset>`;
}

function dataStatus() {
  if (dataCheck === 'checking') return html`<span>${checkingText(pageLang)}</span>`;
  return html`<span class=${dataCheck.ok ? 'ok' : 'problem'}>${dataCheck.summary}</span>
    ${dataCheck.fix ? html`<span class="fix">${dataCheck.fix}</span>` : ''}`;
}

function view() {
  const t = builderStrings[pageLang];
  const previewsNow = choice.tag === 'rus-seminar-list' && choice.attributes.now === undefined;
  return html` <p>${t.intro}</p>
    <p class="page-actions">
      <button
        type="button"
        lang=${pageLang === 'sv' ? 'en' : 'sv'}
        @click=${set(() => {
          pageLang = pageLang === 'sv' ? 'en' : 'sv';
          void checkData();
        })}
      >
        ${t.switchLanguage}
      </button>
      <a id="accessibility-link" href="/docs/accessibility.md">${t.accessibility}</a>
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
            aria-describedby="data-src-hint data-status"
            @change=${(event: Event) => {
              choice.src = value(event).trim() || SAMPLE;
              status = '';
              void checkData();
            }}
          />
          <p id="data-status" class="data-status" role="status">${dataStatus()}</p>
        </div>
        ${select('widget-lang', t.language, { sv: 'Svenska', en: 'English' }, choice.lang, (v) => (choice.lang = v as 'sv' | 'en'))}
        ${select('widget-scheme', t.scheme, t.schemes, choice.scheme, (v) => (choice.scheme = v))}
        ${select('widget-theme', t.theme, t.themes, themeName, (v) => {
          themeName = v;
          choice.themeHref = v ? `${origin}/themes/${v}.css` : '';
        })}
        ${select('widget-build', t.build, t.builds, choice.build, (v) => (choice.build = v as 'module' | 'classic'), t.buildHint)}
        ${
          snapshotWidget(choice.tag)
            ? html`<div class="field checkbox">
                <input
                  type="checkbox"
                  id="snapshot"
                  .checked=${choice.snapshot}
                  aria-describedby="snapshot-hint"
                  @change=${set(() => (choice.snapshot = root.querySelector<HTMLInputElement>('#snapshot')!.checked))}
                />
                <label for="snapshot">${t.snapshot}</label>
                <span class="hint" id="snapshot-hint">${t.snapshotHint}</span>
              </div>`
            : ''
        }
        <div class="field">
          <label for="library-base">${t.libraryBase}</label>
          <span class="hint" id="library-base-hint">${t.libraryBaseHint}</span>
          <input
            id="library-base"
            type="url"
            .value=${choice.libraryBase}
            aria-describedby="library-base-hint"
            @change=${set(() => {
              const base = root.querySelector<HTMLInputElement>('#library-base')!.value.trim();
              choice.libraryBase = base ? base.replace(/\/?$/, '/') : `${origin}/rus-widgets/`;
            })}
          />
        </div>
        <fieldset>
          <legend>${t.options}</legend>
          ${optionFields(choice.tag, choice.attributes, pageLang, (attribute, next) => {
            if (next === undefined) delete choice.attributes[attribute];
            else choice.attributes[attribute] = next;
            status = '';
            update();
          })}
        </fieldset>
      </form>
      <section class="output" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t.preview}</h2>
        ${select('preview-host', t.host, t.hosts, host, (v) => (host = v))}
        ${radios('preview-width', t.width, t.widths, width, (v) => (width = v as 'desktop' | 'mobile'))}
        ${previewsNow ? html`<p id="preview-now" class="hint">${t.previewNow}</p>` : ''}
        <div id="preview" class="preview host-${host} width-${width}"></div>
        <h2 id="code-heading">${t.code}</h2>
        <pre><code id="snippet" aria-labelledby="code-heading">${buildSnippet(choice, dataDocument())}</code></pre>
        <button
          type="button"
          id="copy"
          @click=${() => copy(buildSnippet(choice, dataDocument()), '#snippet', t.copied)}
        >
          ${t.copy}
        </button>
        <h3 id="reserve-heading">${t.reserve}</h3>
        <p class="hint">${t.reserveHint}</p>
        <pre><code id="reserve-css" aria-labelledby="reserve-heading">${reserveCss(choice.tag)}</code></pre>
        <button type="button" id="copy-css" @click=${() => copy(reserveCss(choice.tag), '#reserve-css', t.cssCopied)}>
          ${t.copyCss}
        </button>
        <p role="status" id="copy-status">${status}</p>
      </section>
    </div>`;
}

/** The document the address check found, for a snapshot snippet. */
const dataDocument = () => (dataCheck === 'checking' ? undefined : dataCheck.document);

/** The preview is the element itself, built from the same choice as the snippet. */
function renderPreview(): void {
  const preview = root.querySelector('#preview')!;
  const element = document.createElement(choice.tag);
  for (const [name, attributeValue] of elementAttributes(choice)) element.setAttribute(name, attributeValue);
  if (choice.tag === 'rus-seminar-list' && !element.hasAttribute('now')) element.setAttribute('now', PREVIEW_NOW);
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

async function copy(text: string, source: string, done: string): Promise<void> {
  const t = builderStrings[pageLang];
  // Emptied first, so the same message said twice is announced twice.
  status = '';
  render(view(), root);
  try {
    await navigator.clipboard.writeText(text);
    status = done;
  } catch {
    getSelection()?.selectAllChildren(root.querySelector(source)!);
    status = t.copyFailed;
  }
  render(view(), root);
}

update();
void checkData();
