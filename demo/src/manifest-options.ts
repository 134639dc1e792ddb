import manifest from '../../custom-elements.json' with { type: 'json' };

/** One option an editor can set on a widget, read from custom-elements.json. */
export interface WidgetOption {
  attribute: string;
  kind: 'boolean' | 'number' | 'enum' | 'text';
  values: string[];
  description: string;
  /** The widget's default as the manifest states it (`6000`, `'card'`), or undefined. */
  defaultValue?: string;
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

/** Attributes the builder sets itself (data, language, theme), or that an editor never needs. */
const HANDLED = new Set(['src', 'lang', 'theme', 'timeout']);

function kindOf(type: string): Pick<WidgetOption, 'kind' | 'values'> {
  const text = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (text === 'boolean') return { kind: 'boolean', values: [] };
  if (text === 'number') return { kind: 'number', values: [] };
  const literals = text.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) {
    return { kind: 'enum', values: literals.map((part) => part.slice(1, -1)) };
  }
  return { kind: 'text', values: [] };
}

/** The options of `tag`, in the order its class declares them. The manifest is the one source of truth. */
export function optionsFor(tag: string): WidgetOption[] {
  const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
    (module) => module.declarations ?? [],
  );
  const element = declarations.find((declaration) => declaration.tagName === tag);
  return (element?.attributes ?? [])
    .filter((attribute) => !HANDLED.has(attribute.name))
    .map((attribute) => ({
      attribute: attribute.name,
      description: attribute.description ?? '',
      defaultValue: literalDefault(attribute.default),
      ...kindOf(attribute.type?.text ?? 'string'),
    }));
}

/** A default the editor can read (`6000`, `card`); names of constants (`DEFAULT_TIMEOUT_MS`) and `false` are not shown. */
function literalDefault(text: string | undefined): string | undefined {
  if (!text || text === 'false') return undefined;
  if (/^'[^']*'$/.test(text)) return text.slice(1, -1);
  return /^\d+$/.test(text) ? text : undefined;
}
