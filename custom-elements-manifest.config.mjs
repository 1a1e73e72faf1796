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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [unwrapStaticProperties()],
};
