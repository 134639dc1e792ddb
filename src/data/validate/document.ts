import type { DataProblem, RusDocument, RusFeeds, RusListName } from '../types.js';
import { describe, DropItem, isObject, ItemReader } from './item-reader.js';
import { validateList } from './validate-list.js';

export const SUPPORTED_MAJOR_VERSION = 1;

export type ValidationResult =
  | { ok: true; document: RusDocument; problems: DataProblem[] }
  | { ok: false; kind: 'invalid' | 'version'; message: string; problems: DataProblem[] };

/** The item readers of the lists to validate; lists without one come back empty. */
export type ListReaders = { [K in RusListName]?: (item: ItemReader) => RusDocument[K][number] };

export interface ValidateOptions {
  /** A document whose root is an array is read as this list. */
  rootList?: RusListName;
}

/**
 * Checks a parsed JSON value against the version-1 document format, reading the lists
 * `readers` names (a widget passes only its own, so it ships only its own reader).
 * Never throws: bad items are dropped and listed in `problems`; only an unusable
 * document fails.
 */
export function validateWith(readers: ListReaders, raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems: DataProblem[] = [];
  const fail = (kind: 'invalid' | 'version', message: string): ValidationResult => {
    problems.push({ path: '$', message, effect: 'document' });
    return { ok: false, kind, message, problems };
  };
  if (Array.isArray(raw)) {
    if (!options.rootList)
      return fail('invalid', 'The document is a list; expected an object with "quotes", "seminars" or "goals"');
    raw = { [options.rootList]: raw };
  }
  if (!isObject(raw)) return fail('invalid', `The document must be a JSON object, not ${describe(raw)}`);

  const version = raw.version ?? SUPPORTED_MAJOR_VERSION;
  if (majorVersion(version) !== SUPPORTED_MAJOR_VERSION) {
    return fail(
      'version',
      `Unsupported document version ${show(version)}; this library reads version ${SUPPORTED_MAJOR_VERSION}`,
    );
  }

  const document: RusDocument = {
    version: SUPPORTED_MAJOR_VERSION,
    lang: typeof raw.lang === 'string' && raw.lang.trim() ? raw.lang : undefined,
    feeds: readFeeds(raw.feeds, problems),
    quotes: [],
    seminars: [],
    goals: [],
  };
  for (const list of Object.keys(readers) as RusListName[]) {
    // The cast is safe: each reader produces exactly its own list's item type.
    (document[list] as unknown[]) = validateList(list, raw[list], readers[list] as never, problems);
  }
  return { ok: true, document, problems };
}

/**
 * The optional `feeds` object. Its addresses follow the link rule: an unsafe one is left out
 * with a problem; a mistyped one, or a `feeds` that is no object, leaves out the feeds.
 */
function readFeeds(value: unknown, problems: DataProblem[]): RusFeeds | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    if (!isObject(value)) throw new DropItem('feeds', `must be an object, not ${describe(value)}`);
    const feeds = new ItemReader(value, '$.feeds', problems, 'feeds.');
    return { calendar: feeds.url('calendar'), atom: feeds.url('atom') };
  } catch (error) {
    const { field, reason } = error as DropItem;
    problems.push({ path: `$.${field}`, message: `${reason}: the feeds were left out`, effect: 'field' });
  }
}

/** The major version of `1`, `1.2`, `"1"` or `"1.0.3"`; `NaN` for anything else. */
function majorVersion(version: unknown): number {
  if (typeof version === 'number') return Math.trunc(version);
  const m = typeof version === 'string' ? /^\s*(\d+)(?:\.\d+)*\s*$/.exec(version) : null;
  return m ? Number(m[1]) : NaN;
}

function show(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return describe(value);
  }
}
