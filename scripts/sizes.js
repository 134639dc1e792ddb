#!/usr/bin/env node
// Prints the gzip size of every entry of a build folder: `node scripts/sizes.js [dist]`.
// For quick checks while slimming; `npm run bench` gives the full picture.
import { distEntries, kib } from './bundle-sizes.js';

for (const row of distEntries(process.argv[2] ?? 'dist'))
  console.log(`${row.name.padEnd(24)} ${kib(row.gzip).padStart(6)} KiB gzip`);
