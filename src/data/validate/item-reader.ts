import type { DataProblem } from '../types.js';
import { isSafeUrl } from '../safe-url.js';
import { isIsoDate, isIsoDateTime } from '../iso-date.js';

/** Thrown inside an item validator to drop the item; caught by `validateList`.
 *  `field` is the path inside the item, e.g. `target.value`; `reason` names it. */
export class DropItem {
  readonly reason: string;
  constructor(
    readonly field: string,
    problem: string,
  ) {
    this.reason = `"${field}" ${problem}`;
  }
}

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the fields of one item. A missing required field or a field of the wrong type
 * throws `DropItem`; an unsafe URL is reported and left out. `null` counts as absent.
 */
export class ItemReader {
  readonly #item: Json;
  readonly #path: string;
  readonly #problems: DataProblem[];
  /** Where this reader sits inside the item (`target.`), so a dropped field names its full path. */
  readonly #prefix: string;

  constructor(item: Json, path: string, problems: DataProblem[], prefix = '') {
    this.#item = item;
    this.#path = path;
    this.#problems = problems;
    this.#prefix = prefix;
  }

  /** Drops the item because `field` (named with its path inside the item) `problem`, e.g. "is missing". */
  drop(field: string, problem: string): never {
    throw new DropItem(this.#prefix + field, problem);
  }

  #value(field: string, required: boolean, type: string): unknown {
    const value = this.#item[field];
    if (value === undefined || value === null) {
      if (required) this.drop(field, 'is missing');
      return undefined;
    }
    if (typeof value !== type) {
      this.drop(field, `must be a ${type}, not ${describe(value)}`);
    }
    return value;
  }

  string(field: string): string | undefined {
    const value = this.#value(field, false, 'string') as string | undefined;
    return value?.trim() === '' ? undefined : value;
  }

  requiredString(field: string): string {
    const value = this.#value(field, true, 'string') as string;
    if (value.trim() === '') this.drop(field, 'is empty');
    return value;
  }

  boolean(field: string): boolean {
    return (this.#value(field, false, 'boolean') as boolean | undefined) ?? false;
  }

  number(field: string, required = false): number | undefined {
    const value = this.#value(field, required, 'number') as number | undefined;
    if (value !== undefined && !Number.isFinite(value)) {
      this.drop(field, 'is not a finite number');
    }
    return value;
  }

  year(field: string): number | undefined {
    const value = this.number(field);
    if (value !== undefined && (!Number.isInteger(value) || value < 1000 || value > 9999)) {
      this.drop(field, 'is not a year');
    }
    return value;
  }

  /** A date (`2024-12-31`) or, with `allowTime`, an ISO date-time with offset. */
  date(field: string, required: boolean, allowTime: boolean): string | undefined {
    const value = this.#value(field, required, 'string') as string | undefined;
    if (value === undefined) return undefined;
    if (isIsoDate(value) || (allowTime && isIsoDateTime(value))) return value;
    const expected = allowTime ? 'an ISO 8601 date or date-time with offset' : 'an ISO 8601 date';
    this.drop(field, `is not ${expected}: "${truncate(value)}"`);
  }

  stringList(field: string): string[] {
    const value = this.#item[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
      this.drop(field, 'must be a list of strings');
    }
    return value.filter((entry) => entry.trim() !== '');
  }

  object(field: string): ItemReader | undefined {
    const value = this.#item[field];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) this.drop(field, `must be an object, not ${describe(value)}`);
    return new ItemReader(value as Json, `${this.#path}.${field}`, this.#problems, `${this.#prefix}${field}.`);
  }

  /** A link or image address; an unsafe one is reported and dropped, the item stays. */
  url(field: string): string | undefined {
    const value = this.string(field);
    if (value === undefined || isSafeUrl(value)) return value;
    this.#problems.push({
      path: `${this.#path}.${field}`,
      message: `"${field}" is not an http(s) or relative address and was left out: "${truncate(value)}"`,
      effect: 'field',
    });
    return undefined;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
