// The build's template minifier: it may only remove bytes that change nothing on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplateLiterals } from '../../scripts/minify-template-literals.js';

test('a line break and its indentation in html`…` becomes one space; same-line text is untouched', () => {
  const source = 'const t = html`<p>\n    ${a}<span>x</span>${b} y\n  </p>`;';
  assert.equal(minifyTemplateLiterals(source), 'const t = html`<p> ${a}<span>x</span>${b} y </p>`;');
});

test('nested templates and strings inside expressions are handled as the parser sees them', () => {
  const source = 'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>${"`\\n  `"}`';
  assert.equal(
    minifyTemplateLiterals(source),
    'html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>${"`\\n  `"}`',
  );
});

test('css`…` loses comments and white space but keeps the space that separates selectors and values', () => {
  const source = 'css`\n  /* why */\n  :host .a > b {\n    margin: 0 auto;\n    color: var(--x, red);\n  }\n`';
  assert.equal(minifyTemplateLiterals(source), 'css`:host .a > b{margin:0 auto;color:var(--x,red)}`');
});

test('other tags and plain template strings are left alone', () => {
  const source = 'const a = `line\n  two`; const b = other`x\n  y`;';
  assert.equal(minifyTemplateLiterals(source), source);
});
