import '/dist/rus-widgets.js';
import * as baseline from './baselines.js';

// First render from inline data: from inserting the element to its laid-out content,
// beside the vanilla baseline rendering the same markup. Medians of RUNS runs.
const RUNS = 25;
const WARMUP = 5;
const stage = document.querySelector('#stage');
const sample = await (await fetch('/public/data/rus2030.json')).json();
const pad = (n) => String(n).padStart(2, '0');
const thousand = {
  version: 1,
  seminars: Array.from({ length: 1000 }, (_, i) => ({
    id: `s${i}`,
    title: `Seminarium ${i}`,
    start: `2030-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T09:00:00+01:00`,
    organisers: ['Region Västernorrland', 'Mittuniversitetet'],
  })),
};

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function widgetOnce(tag, attributes, json) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  const loaded = new Promise((resolve) => element.addEventListener('rus-load', resolve, { once: true }));
  window.gc?.(); // collect the last run's garbage before timing, not during
  const start = performance.now();
  stage.append(element);
  await loaded;
  await element.updateComplete;
  void stage.offsetHeight; // include style and layout
  const time = performance.now() - start;
  element.remove();
  return time;
}

function baselineOnce(render, json) {
  window.gc?.();
  const start = performance.now();
  render(stage, json);
  void stage.offsetHeight;
  const time = performance.now() - start;
  stage.replaceChildren();
  return time;
}

async function compare(name, tag, attributes, render, data) {
  const json = JSON.stringify(data);
  const widget = [];
  const vanilla = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const w = await widgetOnce(tag, attributes, json);
    const v = baselineOnce(render, json);
    if (i >= WARMUP) {
      widget.push(w);
      vanilla.push(v);
    }
  }
  const [mw, mv] = [median(widget), median(vanilla)];
  return { name, widgetMs: +mw.toFixed(2), vanillaMs: +mv.toFixed(2), ratio: +(mw / mv).toFixed(2) };
}

window.benchResult = {
  runs: RUNS,
  rows: [
    await compare('quote carousel, 14 statements', 'rus-quote-carousel', {}, baseline.quotes, sample),
    await compare('seminar list, 3 seminars', 'rus-seminar-list', { now: '2020-10-01' }, baseline.seminars, sample),
    await compare('goal badges, 3 goals', 'rus-goal-badges', { now: '2020-10-01' }, baseline.goals, sample),
    await compare(
      'seminar list, 1,000 seminars',
      'rus-seminar-list',
      { now: '2020-10-01' },
      baseline.seminars,
      thousand,
    ),
  ],
};
