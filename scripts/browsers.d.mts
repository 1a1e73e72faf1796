// Types for scripts/browsers.mjs, for the TypeScript tools that import it.
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const ENGINES: readonly Engine[];
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
export declare const FIREFOX_PREFS: Readonly<Record<string, string | number | boolean>>;
export declare function missingPackages(engines?: readonly Engine[]): string[];
export declare function hasDisplay(): boolean;
