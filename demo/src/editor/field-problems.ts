import type { DataProblem, RusListName } from '../../../src/data/types.js';
import { listFields, type EditorLang } from './fields.js';

/** A validator problem placed on the field it belongs to, in the editor's own plain words. */
export interface FieldProblem {
  list: RusListName;
  index: number;
  /** The field's path inside the item (`target.value`), or '' for the item as a whole. */
  field: string;
  text: string;
  /** The widgets drop the whole item. */
  dropsItem: boolean;
}

type Kind = 'missing' | 'number' | 'year' | 'date' | 'endBeforeStart' | 'duplicateId' | 'url' | 'lines' | 'other';

/* The validator's messages are English sentences; its wording is stable (the CLI prints it),
   so the kind of problem is read from it rather than growing the shared validator's API. */
const kinds: [RegExp, Kind][] = [
  [/" (is missing|is empty)$/, 'missing'],
  [/" is before "start"/, 'endBeforeStart'],
  [/" is used by an earlier item$/, 'duplicateId'],
  [/" is not a year$/, 'year'],
  [/" (must be a number|is not a finite number)/, 'number'],
  [/" is not an ISO 8601/, 'date'],
  [/" must be a list of strings$/, 'lines'],
  [/" is not an http\(s\) or relative address/, 'url'],
];

const texts: Record<EditorLang, Record<Exclude<Kind, 'other'>, (label: string) => string>> = {
  sv: {
    missing: (label) => `${label} saknas`,
    number: (label) => `${label} måste vara ett tal`,
    year: (label) => `${label} måste vara ett årtal med fyra siffror`,
    date: (label) => `${label} är inte ett giltigt datum`,
    endBeforeStart: () => 'Slutdatum är före startdatum',
    duplicateId: () => 'Id används redan av ett tidigare objekt i listan',
    url: (label) => `${label} måste vara en webbadress som börjar med https://`,
    lines: (label) => `${label} måste vara en lista med text`,
  },
  en: {
    missing: (label) => `${label} is missing`,
    number: (label) => `${label} must be a number`,
    year: (label) => `${label} must be a four-digit year`,
    date: (label) => `${label} is not a valid date`,
    endBeforeStart: () => 'End date is before start date',
    duplicateId: () => 'Id is already used by an earlier item in the list',
    url: (label) => `${label} must be a web address starting with https://`,
    lines: (label) => `${label} must be a list of texts`,
  },
};

const pathPattern = /^\$\.(quotes|seminars|goals)\[(\d+)\](?:\.(.+))?$/;

export function fieldProblems(problems: DataProblem[], lang: EditorLang): FieldProblem[] {
  const placed: FieldProblem[] = [];
  for (const problem of problems) {
    const match = pathPattern.exec(problem.path);
    if (!match) continue;
    const list = match[1] as RusListName;
    const field = match[3] ?? '';
    const spec = listFields[list].find((candidate) => candidate.key === field);
    const kind = kinds.find(([pattern]) => pattern.test(problem.message))?.[1] ?? 'other';
    const label = spec?.label[lang] ?? field;
    placed.push({
      list,
      index: Number(match[2]),
      field,
      text: kind === 'other' ? problem.message : texts[lang][kind](label),
      dropsItem: problem.effect === 'item',
    });
  }
  return placed;
}

/** The id of a field's control, so the error summary can link to it. */
export function fieldId(list: RusListName, index: number, field: string): string {
  return `${list}-${index}-${field.replace(/\./g, '-') || 'item'}`;
}
