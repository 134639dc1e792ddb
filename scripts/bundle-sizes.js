// Bytes on the wire of each built entry: the entry and every chunk it imports,
// each file compressed on its own as a server sends it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const IMPORT = /(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

export function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The file and every module it imports, transitively. */
export function moduleGraph(file, seen = new Set()) {
  const path = resolve(file);
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) moduleGraph(join(dirname(path), match[1]), seen);
  return seen;
}

export function entrySize(file) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const path of moduleGraph(file)) {
    const size = compressed(readFileSync(path));
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
    total.files++;
  }
  return total;
}

/** Every top-level entry of dist/ (not chunks or maps). */
export function distEntries(dist = 'dist') {
  if (!existsSync(dist)) throw new Error(`No ${dist}/ — run "npm run build" first.`);
  return readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name, ...entrySize(join(dist, name)) }));
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
