import { html, nothing } from 'lit';
import { builderStrings, type BuilderLang } from './builder-strings.js';
import { optionsFor, type WidgetOption } from './manifest-options.js';
import { optionInfo } from './option-labels.js';

/**
 * The widget's own options as form fields: a label in the builder's language, the attribute
 * name beside it (what the snippet says), one line of help and, for numbers, bounds and the
 * default. Options that mean nothing with the current choice are left out.
 */
export function optionFields(
  tag: string,
  attributes: Record<string, string>,
  lang: BuilderLang,
  onChange: (attribute: string, value: string | undefined) => void,
) {
  return optionsFor(tag)
    .filter((option) => {
      const requires = optionInfo[option.attribute]?.requires;
      return !requires || attributes[requires] !== undefined;
    })
    .map((option) => optionField(option, attributes[option.attribute], lang, onChange));
}

function optionField(
  option: WidgetOption,
  current: string | undefined,
  lang: BuilderLang,
  onChange: (attribute: string, value: string | undefined) => void,
) {
  const t = builderStrings[lang];
  const info = optionInfo[option.attribute];
  const id = `option-${option.attribute}`;
  const text = info?.[lang] ?? { label: option.attribute, help: option.description.replace(/`/g, '') };
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    onChange(option.attribute, option.kind === 'boolean' ? (input.checked ? '' : undefined) : clean(input, option));
  };
  const defaultText = option.kind === 'number' && option.defaultValue ? ` ${t.defaultIs(option.defaultValue)}` : '';
  // Without our own text the help is the manifest's English: marked so screen readers say it in English.
  const hint = html`<span class="hint" id="${id}-hint" lang=${info ? nothing : 'en'}>${text.help}${defaultText}</span>`;
  const label = html`<label for=${id}
    >${text.label}
    <code class="attribute" aria-label="${t.attribute} ${option.attribute}">${option.attribute}</code></label
  >`;
  if (option.kind === 'boolean') {
    return html`<div class="field checkbox">
      <input
        type="checkbox"
        id=${id}
        .checked=${current !== undefined}
        @change=${change}
        aria-describedby="${id}-hint"
      />
      ${label}${hint}
    </div>`;
  }
  if (option.kind === 'enum') {
    const words = info?.values?.[lang] ?? {};
    return html`<div class="field">
      ${label}${hint}
      <select id=${id} @change=${change} aria-describedby="${id}-hint">
        <option value="" ?selected=${current === undefined}>${t.notSet}</option>
        ${option.values.map((v) => html`<option value=${v} ?selected=${current === v}>${words[v] ?? v}</option>`)}
      </select>
    </div>`;
  }
  const number = option.kind === 'number';
  return html`<div class="field">
    ${label}${hint}
    <input
      id=${id}
      type=${number ? 'number' : 'text'}
      inputmode=${number ? 'numeric' : nothing}
      min=${number && info?.min !== undefined ? info.min : nothing}
      max=${number && info?.max !== undefined ? info.max : nothing}
      step=${number && info?.step !== undefined ? info.step : nothing}
      placeholder=${option.defaultValue ?? nothing}
      .value=${current ?? ''}
      @change=${change}
      aria-describedby="${id}-hint"
    />
  </div>`;
}

/** The field's value, a number kept inside its bounds; '' (cleared) means "not set". */
function clean(input: HTMLInputElement, option: WidgetOption): string | undefined {
  const value = input.value.trim();
  if (!value) return undefined;
  if (option.kind !== 'number') return value;
  const info = optionInfo[option.attribute];
  let number = Math.round(Number(value));
  if (!Number.isFinite(number)) return undefined;
  if (info?.min !== undefined) number = Math.max(info.min, number);
  if (info?.max !== undefined) number = Math.min(info.max, number);
  input.value = String(number);
  return String(number);
}
