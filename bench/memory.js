import '/dist/rus-widgets.js';

// 1,000 connect/disconnect cycles of an autoplaying carousel: what is left behind?
const data = await (await fetch('/public/data/rus2030.json')).text();
const CYCLES = Number(new URLSearchParams(location.search).get('cycles') ?? 1000);

function carousel() {
  const element = document.createElement('rus-quote-carousel');
  element.setAttribute('autoplay', '');
  element.setAttribute('interval', '500');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = data;
  element.append(script);
  return element;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
window.gc?.();
await settle();
const before = {
  timers: window.liveTimers(),
  elements: document.getElementsByTagName('*').length,
  heap: performance.memory?.usedJSHeapSize,
};
for (let i = 0; i < CYCLES; i++) {
  const element = carousel();
  document.body.append(element);
  await new Promise((resolve) => element.addEventListener('rus-load', resolve, { once: true }));
  await element.updateComplete;
  element.remove();
}
await settle();
window.gc?.();
await settle();
window.benchResult = {
  cycles: CYCLES,
  timersBefore: before.timers,
  timersAfter: window.liveTimers(),
  elementsBefore: before.elements,
  elementsAfter: document.getElementsByTagName('*').length,
  heapBeforeKiB: Math.round(before.heap / 1024),
  heapAfterKiB: Math.round(performance.memory?.usedJSHeapSize / 1024),
};
