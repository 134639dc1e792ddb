#!/usr/bin/env node
// CI's size budget: the classic bundle (everything, Lit included) may not grow past BUDGET gzip.
import { entrySize, kib } from './bundle-sizes.js';

// Issue 14's goal is 18 KiB (stretch 16), not reached yet. The HTML-first work (heading and estimated
// height while loading, snapshot refresh, loading="lazy") and robustness round 2 (one DST-safe now
// parser, unique calendar UIDs, focus after retry, language switch, per-widget timeouts, providers
// under any name) and the feeds links brought the bundle to 24.2 KiB; this guard stops growth from there and comes
// down with the slimming.
const BUDGET = 24.5 * 1024;
const { gzip } = entrySize('dist/rus-widgets.iife.js');
console.log(`rus-widgets.iife.js: ${kib(gzip)} KiB gzip (budget ${kib(BUDGET)} KiB)`);
if (gzip > BUDGET) {
  console.error('The classic bundle is over its size budget.');
  process.exit(1);
}
