// Types for scripts/browsers.mjs, for the TypeScript tools that import it (the benchmarks).
// Kept by hand: a change to that module's exports changes this file too.
export declare const ENGINES: readonly ['chromium', 'firefox', 'webkit'];
export type Engine = (typeof ENGINES)[number];
export declare function engineNamed(name: string): Engine | undefined;
export declare function selectedEngines(list?: string): Engine[];
export declare const TEST_HOSTS: readonly string[];
export declare function chromePath(): string;
export declare function firefoxPath(): string;
export declare function webkitPaths(): {
  driver: string;
  browser: string;
  xvfb: string | undefined;
};
export declare function enginePath(engine: Engine): string;
export declare const CHROME_ARGS: readonly string[];
export declare const FIREFOX_PREFS: Readonly<Record<string, string | boolean>>;
export declare function missingPackages(engines?: readonly Engine[]): string[];
export declare function hasDisplay(): boolean;
