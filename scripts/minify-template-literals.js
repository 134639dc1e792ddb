// A build plugin that minifies the text of Lit's tagged templates. Vite minifies the
// JavaScript around them but ships the template text as written — indentation, comments
// and all — and every byte goes to every visitor of every partner site. So the sources
// can stay readable (one element per line) at no cost on the wire.
//
// The TypeScript parser finds the templates, so nesting (`${cond ? html`…` : nothing}`)
// and strings inside expressions are handled exactly.
import ts from 'typescript';

/** CSS: comments, runs of white space, space around braces, semicolons, commas; after colons. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * HTML and SVG: a line break with the indentation around it becomes one space. That is
 * how the browser renders it anyway (white space collapses to one space), so no text
 * or inline layout changes — only the bytes do.
 */
export function minifyMarkup(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const MINIFIERS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/** Minifies the literal parts of every css`…`, html`…` and svg`…` in a TypeScript source. */
export function minifyTemplateLiterals(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && MINIFIERS[node.tag.text]) {
      const minify = MINIFIERS[node.tag.text];
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text between the delimiters: ` or } at the start, ` or ${ at the end.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        let minified = minify(raw);
        // CSS may also lose the white space at the very start and end of the stylesheet.
        if (minify === minifyCss && part === parts[0]) minified = minified.trimStart();
        if (minify === minifyCss && part === parts[parts.length - 1]) minified = minified.trimEnd();
        if (minified !== raw) edits.push([start, end, minified]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyTemplateLiteralsPlugin() {
  return {
    name: 'minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      return { code: minifyTemplateLiterals(code, id), map: null };
    },
  };
}
