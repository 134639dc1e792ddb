import type { RusListName } from '../../../src/data/types.js';
import { listFields, listNames } from './fields.js';

/** The document as the data owner edits it: plain JSON, kept even where the validator would drop it. */
export type Json = Record<string, unknown>;
export interface EditDocument extends Json {
  quotes: Json[];
  seminars: Json[];
  goals: Json[];
}

export function emptyDocument(): EditDocument {
  return { version: 1, lang: 'sv', quotes: [], seminars: [], goals: [] };
}

/** Reads a parsed JSON value as an editable document; `null` when it is not an object. */
export function toEditDocument(raw: unknown): EditDocument | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const document = { ...(raw as Json) } as EditDocument;
  for (const list of listNames) {
    const items = document[list];
    document[list] = Array.isArray(items) ? items.filter((item) => typeof item === 'object' && item !== null) : [];
  }
  return document;
}

export function getField(item: Json, key: string): unknown {
  const [outer, inner] = key.split('.');
  if (inner === undefined) return item[outer];
  const nested = item[outer];
  return typeof nested === 'object' && nested !== null ? (nested as Json)[inner] : undefined;
}

/** Sets (or, for `undefined`, removes) a field; an emptied nested object goes too. */
export function setField(item: Json, key: string, value: unknown): Json {
  const [outer, inner] = key.split('.');
  const copy = { ...item };
  if (inner === undefined) {
    if (value === undefined) delete copy[outer];
    else copy[outer] = value;
    return copy;
  }
  const nested = { ...((copy[outer] as Json | undefined) ?? {}) };
  if (value === undefined) delete nested[inner];
  else nested[inner] = value;
  if (Object.keys(nested).length) copy[outer] = nested;
  else delete copy[outer];
  return copy;
}

export function moveItem(items: Json[], from: number, to: number): Json[] {
  if (to < 0 || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Keys in the format's order, unknown keys after them in their own order. */
function ordered(item: Json, keys: string[]): Json {
  const result: Json = {};
  for (const key of [...keys, ...Object.keys(item)]) {
    if (key in item && !(key in result)) result[key] = item[key];
  }
  return result;
}

const nestedKeys: Record<string, string[]> = {
  image: ['src', 'alt'],
  target: ['value', 'unit', 'year'],
  baseline: ['value', 'year'],
  current: ['value', 'date'],
};

function orderItem(list: RusListName, item: Json): Json {
  const keys = [...new Set(listFields[list].map((spec) => spec.key.split('.')[0]))];
  const result = ordered(item, keys);
  for (const [key, inner] of Object.entries(nestedKeys)) {
    const value = result[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      result[key] = ordered(value as Json, inner);
  }
  return result;
}

/** The saved text: stable key order and 2-space indent, so a change is a small diff in git. */
export function serialize(document: EditDocument): string {
  const sorted = ordered(document, ['version', 'lang', ...listNames]);
  for (const list of listNames) sorted[list] = document[list].map((item) => orderItem(list, item));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
