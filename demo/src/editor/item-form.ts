import { html, nothing, type TemplateResult } from 'lit';
import type { RusListName } from '../../../src/data/types.js';
import { listFields, type EditorLang, type FieldSpec } from './fields.js';
import { fieldId, type FieldProblem } from './field-problems.js';
import { getField, type Json } from './edit-document.js';
import { fromStockholmInputs, toStockholmInputs } from './stockholm-time.js';

export interface ItemFormContext {
  lang: EditorLang;
  list: RusListName;
  index: number;
  item: Json;
  problems: FieldProblem[];
  onChange: (key: string, value: unknown) => void;
}

/** The value a control's text stands for: empty means absent, a number field keeps bad text so it is reported. */
function parse(spec: FieldSpec, control: HTMLInputElement | HTMLTextAreaElement): unknown {
  if (spec.kind === 'checkbox') return (control as HTMLInputElement).checked || undefined;
  const text = control.value;
  if (spec.kind === 'lines') {
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return lines.length ? lines : undefined;
  }
  if (text.trim() === '') return undefined;
  if (spec.kind === 'number') return Number.isFinite(Number(text)) ? Number(text) : text;
  return text;
}

function shown(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (spec.kind === 'lines' && Array.isArray(value)) return value.join('\n');
  return String(value);
}

export function renderField(context: ItemFormContext, spec: FieldSpec): TemplateResult {
  const id = fieldId(context.list, context.index, spec.key);
  const value = getField(context.item, spec.key);
  const problems = context.problems.filter((problem) => problem.field === spec.key);
  const describedBy = [spec.help ? `${id}-help` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const change = (event: Event) => context.onChange(spec.key, parse(spec, event.target as HTMLInputElement));
  const common = { id, describedBy: describedBy || nothing, invalid: problems.length ? 'true' : nothing };
  const help = spec.help ? html`<p class="help" id="${id}-help">${spec.help[context.lang]}</p>` : nothing;
  const error = problems.length
    ? html`<p class="field-error" id="${id}-error">${problems.map((problem) => problem.text).join('. ')}</p>`
    : nothing;
  if (spec.kind === 'checkbox') {
    return html`<div class="field checkbox">
      <input
        type="checkbox"
        id=${common.id}
        .checked=${value === true}
        @change=${change}
        aria-describedby=${common.describedBy}
      />
      <label for=${id}>${spec.label[context.lang]}</label>${help}${error}
    </div>`;
  }
  const label = html`<label for=${id}>${spec.label[context.lang]}${spec.required ? ' *' : ''}</label>`;
  const dateParts = spec.kind === 'date' ? toStockholmInputs(shown(spec, value)) : null;
  if (dateParts) {
    // A date input and an optional time input (Stockholm time), stored as one ISO value.
    const changeDate = () => {
      const date = document.getElementById(id) as HTMLInputElement;
      const time = document.getElementById(`${id}-time`) as HTMLInputElement;
      context.onChange(spec.key, fromStockholmInputs(date.value, time.value));
    };
    const timeLabel = context.lang === 'sv' ? 'Tid (svensk tid)' : 'Time (Swedish time)';
    return html`<div class="field ${problems.length ? 'has-error' : ''}">
      ${label}${help}${error}
      <input
        id=${id}
        type="date"
        .value=${dateParts.date}
        @change=${changeDate}
        aria-describedby=${common.describedBy}
        aria-invalid=${common.invalid}
      />
      <label class="time-label" for="${id}-time">${timeLabel}</label>
      <input id="${id}-time" type="time" .value=${dateParts.time} @change=${changeDate} />
    </div>`;
  }
  const control =
    spec.kind === 'textarea' || spec.kind === 'lines'
      ? html`<textarea
          id=${id}
          rows=${spec.kind === 'lines' ? 3 : 6}
          .value=${shown(spec, value)}
          @change=${change}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
        ></textarea>`
      : html`<input
          id=${id}
          type=${spec.kind === 'day' ? 'date' : 'text'}
          inputmode=${spec.kind === 'number' ? 'decimal' : nothing}
          .value=${shown(spec, value)}
          @change=${change}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
        />`;
  return html`<div class="field ${problems.length ? 'has-error' : ''}">${label}${help}${error}${control}</div>`;
}

export function renderItemFields(context: ItemFormContext): TemplateResult[] {
  return listFields[context.list].map((spec) => renderField(context, spec));
}
