// `cem analyze` (part of npm run build) writes dist/custom-elements.json from the JSDoc of the
// element: the API reference that editors, Storybook and wrapper generators read.

/**
 * The element declares its properties as `static properties = { … } as const satisfies
 * PropertyDeclarations`, so that their names are a type the rest of the API derives from. The
 * analyzer's Lit plugin reads only a plain object literal there; this unwraps the `as const` and
 * `satisfies` around it before the analysis, so the attributes land in the manifest.
 */
function unwrapStaticProperties() {
  return {
    name: 'jumio-verify: static properties as const satisfies',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer) continue;
        let value = member.initializer;
        while (ts.isSatisfiesExpression(value) || ts.isAsExpression(value))
          value = value.expression;
        member.initializer = value;
      }
    },
  };
}

/**
 * The manifest is read from the published package, which ships `dist/`, not `src/`: the element's
 * module is named by the file a page imports it from without defining the tag
 * (`jumio-verify/element`), and the package's main entry, which defines it through `define()`
 * (the analyzer does not follow that call), says so with a `custom-element-definition` export.
 * The other entries are named by their files too (`dist/protocol.js`, …); the modules bundled
 * into those keep their source paths, for the declarations the entries export from them.
 */
function publishedPaths() {
  const ELEMENT = { from: 'src/jumio-verify.ts', to: 'dist/element.js' };
  const ENTRY = { from: 'src/index.ts', to: 'dist/jumio-verify.js' };
  // The other entries, each bundled into the file its subpath exports.
  const ENTRIES = new Map([
    ['src/protocol/index.ts', 'dist/protocol.js'],
    ['src/redirect.ts', 'dist/redirect.js'],
    ['src/react.ts', 'dist/react.js'],
  ]);
  return {
    name: 'jumio-verify: the paths of the published package',
    packageLinkPhase({ customElementsManifest: manifest }) {
      manifest.modules = manifest.modules.filter((module) => module.path !== 'src/element.ts');
      for (const module of manifest.modules) {
        if (module.path === ELEMENT.from) module.path = ELEMENT.to;
        module.path = ENTRIES.get(module.path) ?? module.path;
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module === ELEMENT.from) {
            exported.declaration.module = ELEMENT.to;
          }
        }
        if (module.path !== ENTRY.from) continue;
        module.path = ENTRY.to;
        module.exports = [
          { kind: 'js', name: '*', declaration: { name: '*', module: ELEMENT.to } },
          {
            kind: 'custom-element-definition',
            name: 'jumio-verify',
            declaration: { name: 'JumioVerifyElement', module: ELEMENT.to },
          },
        ];
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [unwrapStaticProperties(), publishedPaths()],
};
