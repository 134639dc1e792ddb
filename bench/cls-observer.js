// Sums layout shifts as Lighthouse's CLS does (shifts not caused by input).
window.cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });
