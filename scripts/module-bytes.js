#!/usr/bin/env node
// What each source module costs a built bundle: every byte of the minified file is traced to its
// source through the source map, and a module's cost is how much smaller the gzipped file gets
// without its bytes (gzip shares across modules, so this is the figure that slimming one module
// can win). For planning size work: `node scripts/module-bytes.js [dist/rus-widgets.js]`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2] ?? 'dist/rus-widgets.js';
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const mappings = [];
map.eachMapping((mapping) => mappings.push(mapping));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

/** The source of each byte (a mapping owns the bytes up to the next one). */
const owner = new Array(code.length).fill(null);
mappings.forEach((mapping, i) => {
  const next = mappings[i + 1];
  const start = lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn;
  const end = next ? lineStarts[next.generatedLine - 1] + next.generatedColumn : code.length;
  owner.fill(mapping.source, start, end);
});

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
const rows = [...new Set(owner.filter(Boolean))].map((source) => {
  let rest = '';
  let own = 0;
  for (let i = 0; i < code.length; i++) {
    if (owner[i] === source) own++;
    else rest += code[i];
  }
  const name = source.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return { name, raw: own, gzip: total - gzip(rest) };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${file}: ${total} B gzip\n\n  gzip     raw  module`);
for (const row of rows) console.log(`${String(row.gzip).padStart(6)} ${String(row.raw).padStart(7)}  ${row.name}`);
