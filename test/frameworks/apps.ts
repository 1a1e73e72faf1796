/**
 * The framework apps of `npm run test:frameworks`: each a few files under test/frameworks/apps/,
 * completed with the README's code for that framework and apps/shared/probe.ts, installed from
 * the registry at the exact versions in its package.json with the packed jumio-verify, type-
 * checked strictly, built by the framework's own tools in production mode, served, and checked
 * in Chromium (check.ts).
 */

/** Where a built app is served from. */
export type Serve =
  /** A directory of static files (relative to the app), served at `/`. */
  | { readonly static: string }
  /** The app's own server: `npm run start` with `PORT` set, e.g. `next start`. */
  | { readonly start: true };

export interface Page {
  /** What this page shows, for the test's name. */
  readonly name: string;
  readonly serve: Serve;
  /** Query parameters besides `client`. */
  readonly query?: Record<string, string>;
  /** The binding each event is recorded under. */
  readonly binding: (event: string) => string;
  /** Before the check: the server's HTML must contain these (a server-rendered page). */
  readonly serverHtml?: { readonly has: readonly string[]; readonly lacks: readonly string[] };
}

export interface App {
  readonly name: string;
  /** The app's npm scripts to run after installing, in order (each must pass). */
  readonly scripts: readonly string[];
  readonly pages: readonly Page[];
  /** The lowest Node version its tools run on, if higher than the project's. */
  readonly node?: readonly [number, number, number];
  /** Files of apps/shared/ it uses besides probe.ts, copied beside it. */
  readonly shared?: readonly string[];
}

/** `jumio-config-error` → `onConfigError`: the jumio-verify/react prop, worked out independently. */
const wrapperProp = (event: string): string =>
  `on${event
    .replace(/^jumio-/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`;
const onEvent = (event: string): string => `on${event}`;

export const APPS: readonly App[] = [
  {
    name: 'react19',
    shared: ['react-check.tsx'],
    scripts: ['typecheck', 'build'],
    pages: [
      { name: 'bare tag', serve: { static: 'dist' }, binding: onEvent },
      {
        name: 'jumio-verify/react',
        serve: { static: 'dist' },
        query: { variant: 'wrapper' },
        binding: wrapperProp,
      },
    ],
  },
  {
    name: 'react18',
    shared: ['react-check.tsx'],
    scripts: ['typecheck', 'build', 'build:development'],
    pages: [
      { name: 'jumio-verify/react', serve: { static: 'dist' }, binding: wrapperProp },
      {
        name: 'jumio-verify/react, development build (StrictMode double effects)',
        serve: { static: 'dist-development' },
        binding: wrapperProp,
      },
    ],
  },
  {
    name: 'preact',
    scripts: ['typecheck', 'build'],
    pages: [{ name: 'bare tag', serve: { static: 'dist' }, binding: onEvent }],
  },
  {
    name: 'vue',
    scripts: ['typecheck', 'build'],
    pages: [{ name: 'bare tag', serve: { static: 'dist' }, binding: (event) => `@${event}` }],
  },
  {
    name: 'svelte',
    scripts: ['typecheck', 'build'],
    pages: [{ name: 'bare tag', serve: { static: 'dist' }, binding: onEvent }],
  },
  {
    name: 'angular',
    // ng build type-checks the templates (strictTemplates) as it compiles them.
    scripts: ['build'],
    node: [22, 22, 3],
    pages: [
      {
        name: 'bare tag, CUSTOM_ELEMENTS_SCHEMA',
        serve: { static: 'dist/app/browser' },
        binding: (event) => `(${event})`,
      },
    ],
  },
  {
    name: 'next',
    shared: ['react-check.tsx'],
    // next build type-checks the app (strict) before it builds it.
    scripts: ['build'],
    pages: [
      {
        name: 'jumio-verify/react in a server-rendered app-router page',
        serve: { start: true },
        binding: wrapperProp,
        // Rendered on the server; the element only after hydration.
        serverHtml: { has: ['id="toggle"', 'Verify your identity'], lacks: ['<jumio-verify'] },
      },
    ],
  },
];
