import type { DataProblem } from '../types.js';
import { DropItem, ItemReader, describe, isObject, truncate } from './item-reader.js';

export type ItemValidator<T extends { id: string }> = (item: ItemReader) => T;

/**
 * Validates one list of the document: each item through `readItem`; a bad item is
 * dropped and reported, the good ones kept. Ids must be unique within the list.
 */
export function validateList<T extends { id: string }>(
  name: string,
  raw: unknown,
  readItem: ItemValidator<T>,
  problems: DataProblem[],
): T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      path: `$.${name}`,
      message: `"${name}" must be a list, not ${describe(raw)}; ignored`,
      effect: 'item',
    });
    return [];
  }
  const seen = new Set<string>();
  const items: T[] = [];
  raw.forEach((entry, index) => {
    const path = `$.${name}[${index}]`;
    const label = itemLabel(name, index, entry);
    if (!isObject(entry)) {
      problems.push({
        path,
        message: `${label} dropped: an item must be an object, not ${describe(entry)}`,
        effect: 'item',
      });
      return;
    }
    // The item's own problems (a link left out) count only if the item is kept: a dropped
    // item gets one problem, the reason it was dropped.
    const itemProblems: DataProblem[] = [];
    try {
      const item = readItem(new ItemReader(entry, path, itemProblems));
      if (seen.has(item.id)) throw new DropItem('id', 'is used by an earlier item');
      seen.add(item.id);
      items.push(item);
      problems.push(...itemProblems);
    } catch (error) {
      if (!(error instanceof DropItem)) throw error;
      problems.push({ path: `${path}.${error.field}`, message: `${label} dropped: ${error.reason}`, effect: 'item' });
    }
  });
  return items;
}

function itemLabel(name: string, index: number, entry: unknown): string {
  const id = isObject(entry) && typeof entry.id === 'string' ? ` (id "${truncate(entry.id)}")` : '';
  return `${name}[${index}]${id}`;
}
