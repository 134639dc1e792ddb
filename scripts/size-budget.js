#!/usr/bin/env node
// CI's size budget: the classic bundle (everything, Lit included) may not pass 20 KiB gzip.
import { entrySize, kib } from './bundle-sizes.js';

const BUDGET = 20 * 1024;
const { gzip } = entrySize('dist/rus-widgets.iife.js');
console.log(`rus-widgets.iife.js: ${kib(gzip)} KiB gzip (budget ${kib(BUDGET)} KiB)`);
if (gzip > BUDGET) {
  console.error('The classic bundle is over its size budget.');
  process.exit(1);
}
