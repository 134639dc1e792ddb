import { html, nothing, render } from 'lit';
import '../../../src/index.js';
import type { RusListName } from '../../../src/data/types.js';
import { editorStrings } from './strings.js';
import { listNames, type EditorLang } from './fields.js';
import { fieldId, type FieldProblem } from './field-problems.js';
import { toEditDocument, emptyDocument } from './edit-document.js';
import { renderItemFields } from './item-form.js';
import { EditorState } from './editor-state.js';
import { findJsonError, type JsonErrorPlace } from './json-error.js';
import { fetchText, type FetchFailure } from './fetch-text.js';

/** The data editor page: open a document, edit its three lists, see problems and a preview, save. */
const root = document.querySelector<HTMLElement>('#editor')!;
const state = new EditorState(document.documentElement.lang === 'en' ? 'en' : 'sv', () => refresh());
let previewUrl = '';
let previewText = '';
let message = '';
/** A file that is not valid JSON, kept so the owner can fix it here instead of losing it. */
let broken: { text: string; detail: string; place: JsonErrorPlace | null } | null = null;

function refresh(): void {
  // A fresh address for the preview only when the saved text changed; the old one is freed.
  if (state.text !== previewText) {
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewText = state.text;
    previewUrl = URL.createObjectURL(new Blob([previewText], { type: 'application/json' }));
  }
  render(view(), root);
}

function openText(text: string): void {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return showBroken(text, (error as Error).message);
  }
  broken = null;
  const document = toEditDocument(raw);
  message = document ? '' : editorStrings[state.lang].notDocument;
  if (document) state.open(document);
  else refresh();
}

function startEmpty(): void {
  // A fresh start: a broken file under repair and what the last open said go too.
  broken = null;
  message = '';
  state.open(emptyDocument());
}

function showBroken(text: string, detail: string): void {
  broken = { text, detail, place: findJsonError(text) };
  message = '';
  refresh();
  // Straight to the fault: the caret sits where the JSON stops being valid.
  const area = document.getElementById('repair-text') as HTMLTextAreaElement;
  const offset = broken.place?.offset ?? 0;
  area.focus();
  area.setSelectionRange(offset, offset);
}

function failureText(failure: FetchFailure): string {
  const t = editorStrings[state.lang];
  if (failure.kind === 'status') return t.httpStatus(failure.status);
  return failure.kind === 'html' ? t.htmlPage : t.unreachable;
}

async function openUrl(url: string): Promise<void> {
  const result = await fetchText(url);
  if (result.ok) return openText(result.text);
  message = failureText(result);
  refresh();
}

function repairView() {
  if (!broken) return nothing;
  const t = editorStrings[state.lang];
  const { place } = broken;
  return html`<section class="repair" aria-labelledby="repair-title">
    <h2 id="repair-title">${t.repairTitle}</h2>
    <p>${place ? t.repairWhere(place.line, place.column) : t.repairUnknown} ${t.repairHint}</p>
    ${
      place
        ? html`<pre class="repair-line" tabindex="0"><code>${place.lineText}
${' '.repeat(place.column - 1)}^</code></pre>`
        : nothing
    }
    <p class="help">${t.repairBrowser(broken.detail)}</p>
    <label for="repair-text">${t.repairText}</label>
    <textarea id="repair-text" rows="12" .value=${broken.text}></textarea>
    <button
      type="button"
      id="repair-open"
      @click=${() => openText((document.getElementById('repair-text') as HTMLTextAreaElement).value)}
    >
      ${t.repairOpen}
    </button>
  </section>`;
}

async function copy(): Promise<void> {
  const t = editorStrings[state.lang];
  try {
    await navigator.clipboard.writeText(state.text);
    message = t.copied;
    state.markSaved();
  } catch {
    message = t.copyFailed;
    refresh();
  }
}

function focusField(event: Event, id: string): void {
  // Like GOV.UK's error summary: the link moves focus to the field itself, not just the scroll.
  event.preventDefault();
  document.getElementById(id)?.focus();
}

function summary(problems: FieldProblem[]) {
  const t = editorStrings[state.lang];
  if (!problems.length && !state.notice) return html`<p class="summary-ok" role="status">${t.noProblems}</p>`;
  return html`<div class="error-summary" role="region" aria-labelledby="summary-title" tabindex="-1">
    <h2 id="summary-title">${t.summaryTitle}</h2>
    ${state.notice ? html`<p>${state.notice}</p>` : nothing}
    <ul>
      ${problems.map((problem) => {
        const id = fieldId(problem.list, problem.index, problem.field);
        const where = `${t.lists[problem.list]}, ${t.item(problem.index + 1).toLowerCase()}`;
        return html`<li>
          <a href="#${id}" @click=${(event: Event) => focusField(event, id)}>${where}: ${problem.text}</a>
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * Brings an item into view with the focus on its first field, as after adding one: the focus
 * goes where the work is (GOV.UK's "add another"), not stays on a button below the new item.
 */
function focusItem(list: RusListName, index: number): void {
  const item = document.getElementById(fieldId(list, index, ''));
  const field = item?.querySelector<HTMLElement>('input, textarea');
  if (!item || !field) return;
  // From the item's number down, so the first field is seen with what it belongs to.
  item.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

function add(list: RusListName): void {
  state.add(list);
  focusItem(list, state.document[list].length - 1);
}

function duplicate(list: RusListName, index: number): void {
  state.duplicate(list, index);
  focusItem(list, index + 1);
}

/** The focus moves with the item, on the same button; at the top or bottom that one is off, so the other. */
function move(list: RusListName, index: number, by: number): void {
  state.move(list, index, by);
  const item = document.getElementById(fieldId(list, index + by, ''));
  const same = item?.querySelector<HTMLButtonElement>(by < 0 ? '.move-up' : '.move-down');
  const other = item?.querySelector<HTMLButtonElement>(by < 0 ? '.move-down' : '.move-up');
  (same && !same.disabled ? same : other)?.focus();
}

/** The focus goes to the next item's first field, or to the list's add button when none follows. */
function remove(list: RusListName, index: number): void {
  state.remove(list, index);
  if (index < state.document[list].length) focusItem(list, index);
  else document.getElementById(`add-${list}`)?.focus();
}

function listSection(list: RusListName) {
  const t = editorStrings[state.lang];
  const items = state.document[list];
  return html`<section class="list" aria-labelledby="list-${list}">
    <h2 id="list-${list}">${t.lists[list]} (${items.length})</h2>
    ${items.map((item, index) => {
      const problems = state.problems.filter((problem) => problem.list === list && problem.index === index);
      const dropped = problems.some((problem) => problem.dropsItem);
      const name = `${t.item(index + 1)}${typeof item.id === 'string' && item.id ? `: ${item.id}` : ''}`;
      return html`<fieldset class="item ${dropped ? 'dropped' : ''}" id=${fieldId(list, index, '')} tabindex="-1">
        <legend>${name}</legend>
        ${dropped ? html`<p class="dropped-note">${t.dropped}</p>` : nothing}
        ${renderItemFields({
          lang: state.lang,
          list,
          index,
          item,
          problems,
          onChange: (key, value) => state.edit(list, index, key, value),
        })}
        <div class="item-actions">
          <button type="button" class="move-up" @click=${() => move(list, index, -1)} ?disabled=${index === 0}>
            ${t.moveUp}
          </button>
          <button
            type="button"
            class="move-down"
            @click=${() => move(list, index, 1)}
            ?disabled=${index === items.length - 1}
          >
            ${t.moveDown}
          </button>
          <button type="button" @click=${() => duplicate(list, index)}>${t.duplicate}</button>
          <button type="button" class="remove" @click=${() => remove(list, index)}>${t.remove}</button>
        </div>
      </fieldset>`;
    })}
    <button type="button" class="add" id="add-${list}" @click=${() => add(list)}>
      ${t.add}: ${t.lists[list].toLowerCase()}
    </button>
  </section>`;
}

function view() {
  const t = editorStrings[state.lang];
  const other: EditorLang = state.lang === 'sv' ? 'en' : 'sv';
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(state.text)}`;
  return html`
    <p>
      <button type="button" id="switch-lang" lang=${other} @click=${() => switchLang(other)}>
        ${t.switchLanguage}
      </button>
    </p>
    <p>${t.intro}</p>
    <section aria-labelledby="open-title" class="open">
      <h2 id="open-title">${t.open}</h2>
      <label for="open-file">${t.openFile}</label>
      <input type="file" id="open-file" accept=".json,application/json" @change=${readFile} />
      <form @submit=${submitUrl}>
        <label for="open-url">${t.openUrl}</label>
        <input type="url" id="open-url" name="url" />
        <button type="submit">${t.openUrlButton}</button>
      </form>
      <button type="button" id="open-sample" @click=${() => openUrl('./data/rus2030.json')}>${t.openSample}</button>
      <button type="button" id="start-empty" @click=${startEmpty}>${t.startEmpty}</button>
    </section>
    <p id="message" role="status">${message}${state.unsaved ? html` ${t.unsaved}` : nothing}</p>
    <p><a href="#save-title" class="to-save">${t.toSave}</a></p>
    ${repairView()} ${summary(state.problems)}
    <div class="workspace">
      <div class="lists">${listNames.map(listSection)}</div>
      <!-- Beside the forms on a wide screen, and kept in view: saving and the live preview. -->
      <div class="side">
        <section aria-labelledby="save-title" class="save">
          <h2 id="save-title" tabindex="-1">${t.save}</h2>
          <p class="save-actions">
            <a id="download" href=${href} download="rus2030.json" @click=${() => state.markSaved()}>${t.download}</a>
            <button type="button" id="copy" @click=${copy}>${t.copy}</button>
          </p>
          <p>
            <input
              type="checkbox"
              id="keep-draft"
              .checked=${state.keepDraft}
              @change=${(event: Event) => state.setKeepDraft((event.target as HTMLInputElement).checked)}
            />
            <label for="keep-draft">${t.keepDraft}</label>
          </p>
        </section>
        <section aria-labelledby="preview-title" class="preview">
          <h2 id="preview-title">${t.preview}</h2>
          <rus-quote-carousel src=${previewUrl} lang=${state.lang}></rus-quote-carousel>
          <rus-seminar-list src=${previewUrl} lang=${state.lang}></rus-seminar-list>
          <rus-goal-badges src=${previewUrl} lang=${state.lang}></rus-goal-badges>
        </section>
      </div>
    </div>
  `;
}

function switchLang(lang: EditorLang): void {
  document.documentElement.lang = lang;
  document.title = `${editorStrings[lang].title} – rus-widgets`;
  const heading = document.querySelector('h1');
  if (heading) heading.textContent = editorStrings[lang].title;
  state.setLang(lang);
}

async function readFile(event: Event): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) openText(await file.text());
}

function submitUrl(event: SubmitEvent): void {
  event.preventDefault();
  const url = new FormData(event.target as HTMLFormElement).get('url');
  if (typeof url === 'string' && url) void openUrl(url);
}

const draft = state.restoreDraft();
if (draft) {
  message = editorStrings[state.lang].draftRestored;
  state.open(toEditDocument(draft) ?? emptyDocument());
} else refresh();
