// `cem analyze` (part of npm run build) writes dist/custom-elements.json from the JSDoc of the
// element: the API reference that editors, Storybook and wrapper generators read.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
