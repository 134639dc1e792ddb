import '../../src/index.js';
import { examples } from './examples.js';

// Each example: a heading, the live widget, and the snippet that made it.
const main = document.querySelector('#widgets')!;
for (const example of examples) {
  const section = document.createElement('section');
  section.className = 'example';
  const heading = document.createElement('h2');
  heading.textContent = example.title;
  const live = document.createElement('div');
  // The snippets are our own constants, not user input.
  live.innerHTML = example.snippet;
  const code = document.createElement('pre');
  code.textContent = example.snippet;
  // A long line scrolls sideways: the block takes keyboard focus so it can be scrolled without a mouse.
  code.tabIndex = 0;
  code.setAttribute('aria-label', `Kod: ${example.title}`);
  section.append(heading, live, code);
  main.append(section);
}
