import type { RusListName } from '../types.js';
import { validateWith, type ListReaders, type ValidationResult } from './document.js';
import { readQuote } from './quote.js';
import { readSeminar } from './seminar.js';
import { readGoal } from './goal.js';

export { validateWith, SUPPORTED_MAJOR_VERSION } from './document.js';
export type { ValidationResult, ValidateOptions, ListReaders } from './document.js';
export { readQuote, readSeminar, readGoal };

export const allReaders: Required<ListReaders> = { quotes: readQuote, seminars: readSeminar, goals: readGoal };

/** Validates the whole document (every list); a root array is read as `rootList`. */
export function validateDocument(raw: unknown, options: { rootList?: RusListName } = {}): ValidationResult {
  return validateWith(allReaders, raw, options);
}
