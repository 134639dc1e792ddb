import type { DataProblem, RusListName } from '../../../src/data/types.js';
import { allReaders, validateWith } from '../../../src/data/validate/index.js';
import { listFields, type EditorLang, type FieldSpec } from './fields.js';
import { getField, setField, type EditDocument, type Json } from './edit-document.js';

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

function placeOf(problem: DataProblem): { list: RusListName; index: number; field: string } | null {
  const match = pathPattern.exec(problem.path);
  return match ? { list: match[1] as RusListName, index: Number(match[2]), field: match[3] ?? '' } : null;
}

/** An id no data owner writes, so it stands in for a missing one without clashing with another item's. */
const PLACEHOLDER_ID = '\u2060editor-placeholder\u2060';

/** A value the validator accepts for a required field, standing in while the item's other fields are checked. */
function placeholder(spec: FieldSpec | undefined): unknown {
  switch (spec?.kind) {
    case 'text':
    case 'textarea':
      return spec.key === 'id' ? PLACEHOLDER_ID : 'x';
    case 'number':
      return 0;
    case 'date':
    case 'day':
      // An early day, so a real end date is never reported as before a start that is not there.
      return '0100-01-01';
    default:
      return undefined;
  }
}

/**
 * Every problem of one dropped item. The shared validator stops at an item's first bad field;
 * here the item is checked again with each reported field mended (a bad value left out, a
 * missing required one given a placeholder) until it would be kept, so the data owner sees
 * all of its problems at once. `first` is the validator's own report.
 */
function everyProblemOf(document: EditDocument, list: RusListName, index: number, first: DataProblem): DataProblem[] {
  // The items before it, for the check that ids are unique.
  const earlier = document[list].slice(0, index);
  const cut = first.message.indexOf(' dropped: ');
  // The item as the owner named it, not as a placeholder id would.
  const relabel = (message: string) => {
    const at = message.indexOf(' dropped: ');
    return cut < 0 || at < 0 ? message : first.message.slice(0, cut) + message.slice(at);
  };
  let field = placeOf(first)!.field;
  const found = [first];
  const reported = new Set([field]);
  const cleared = new Set<string>();
  const mended = new Set<string>();
  let item: Json = document[list][index];
  for (;;) {
    const value = getField(item, field);
    if (value !== undefined && value !== null && !cleared.has(field)) {
      cleared.add(field);
      item = setField(item, field, undefined);
    } else {
      const stand = placeholder(listFields[list].find((spec) => spec.key === field));
      if (stand === undefined || mended.has(field)) break;
      mended.add(field);
      item = setField(item, field, stand);
    }
    const problems = validateWith({ [list]: allReaders[list] }, { [list]: [...earlier, item] }).problems.filter(
      (problem) => placeOf(problem)?.index === index,
    );
    const drop = problems.find((problem) => problem.effect === 'item');
    if (!drop) {
      // Kept now: what it would still lose (a link left out) is said too.
      found.push(...problems);
      break;
    }
    field = placeOf(drop)!.field;
    if (!reported.has(field)) {
      reported.add(field);
      found.push({ ...drop, message: relabel(drop.message) });
    }
  }
  // In the order of the fields on the page, as the error summary lists them.
  const order = (problem: DataProblem) => {
    const at = listFields[list].findIndex((spec) => spec.key === placeOf(problem)?.field);
    return at < 0 ? listFields[list].length : at;
  };
  return found.sort((a, b) => order(a) - order(b));
}

/** The validator's problems, each dropped item's one problem replaced by all of its problems. */
export function everyProblem(document: EditDocument, problems: DataProblem[]): DataProblem[] {
  return problems.flatMap((problem) => {
    const place = placeOf(problem);
    if (problem.effect !== 'item' || !place || !document[place.list][place.index]) return [problem];
    return everyProblemOf(document, place.list, place.index, problem);
  });
}

export function fieldProblems(problems: DataProblem[], lang: EditorLang): FieldProblem[] {
  const placed: FieldProblem[] = [];
  for (const problem of problems) {
    const place = placeOf(problem);
    if (!place) continue;
    const { list, index, field } = place;
    const spec = listFields[list].find((candidate) => candidate.key === field);
    const kind = kinds.find(([pattern]) => pattern.test(problem.message))?.[1] ?? 'other';
    const label = spec?.label[lang] ?? field;
    placed.push({
      list,
      index,
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
