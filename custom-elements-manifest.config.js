/** custom-elements.json is generated from the JSDoc on the sources: one source of truth for docs and Storybook. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly(), constantDefaults(), sortModules()],
};

/**
 * The manifest is the public API: Storybook's tables and editors' tooling read it. Private
 * and protected members (TypeScript `private`/`protected`, `#private` fields) are the
 * widgets' insides, so they are left out here rather than tagged one by one in the sources.
 * (Members tagged `@internal` or `@ignore` the analyzer leaves out itself.)
 */
function publicApiOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    },
  };
}

/**
 * A default written as a constant (`timeout = DEFAULT_TIMEOUT_MS`) would show the constant's
 * name in the docs; a designer needs the value. Top-level `const NAME = <number or string>`
 * declarations of the sources are collected, and defaults that name one get its value.
 */
function constantDefaults() {
  const constants = new Map();
  return {
    name: 'constant-defaults',
    analyzePhase({ ts, node }) {
      if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent)) return;
      if (!(node.declarationList.flags & ts.NodeFlags.Const)) return;
      for (const declaration of node.declarationList.declarations) {
        const value = declaration.initializer;
        if (!ts.isIdentifier(declaration.name) || !value) continue;
        if (ts.isNumericLiteral(value)) constants.set(declaration.name.text, value.text.replaceAll('_', ''));
        else if (ts.isStringLiteral(value)) constants.set(declaration.name.text, `'${value.text}'`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (constants.has(item.default)) item.default = constants.get(item.default);
        }
      }
    },
  };
}

/**
 * The analyzer lists modules in the order the file system returns them, which differs
 * between checkouts; sorted, the committed manifest is the same wherever it is made.
 */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

function declarationsOf(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []);
}
