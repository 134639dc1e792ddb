#!/usr/bin/env node
// CI's size budget: each entry a partner loads (gzip, with every chunk it imports) may not grow
// past its budget. Issue 14's goals are 18 KiB for the bundles and 12 KiB per element entry
// (10 for data.js); not reached: the features that landed since (HTML-first loading, snapshots,
// lazy loading, feeds, robustness) cost what the slimming won. The budgets hold today's figures
// (BENCHMARKS.md) with a little room, so nothing grows unnoticed; lower them as the entries shrink.
// What the goals would cost in features: docs/size.md.
import { entrySize, kib } from './bundle-sizes.js';

const BUDGETS_KIB = {
  'rus-widgets.js': 24.6,
  'rus-widgets.iife.js': 24.6,
  'quote-carousel.js': 19.0,
  'seminar-list.js': 17.6,
  'goal-badges.js': 17.6,
  'data.js': 15.1,
};

let over = 0;
for (const [entry, budget] of Object.entries(BUDGETS_KIB)) {
  const { gzip } = entrySize(`dist/${entry}`);
  const fits = gzip <= budget * 1024;
  over += fits ? 0 : 1;
  console.log(`${fits ? '✓' : '✗'} ${entry}: ${kib(gzip)} KiB gzip (budget ${budget.toFixed(1)} KiB)`);
}
if (over) {
  console.error(`${over} entries over their size budget.`);
  process.exit(1);
}
