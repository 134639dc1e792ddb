// A build plugin that minifies the CSS inside Lit's css`…` literals: vite minifies the
// JavaScript around them but leaves the CSS text as written, comments and indentation
// included — and every byte ships to every visitor of every partner site.

/** Conservative CSS minification: comments, runs of white space, space around braces, semicolons and commas. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Minifies the static parts of css`…`, leaving the ${…} interpolations as they are. */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``;
  });
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
