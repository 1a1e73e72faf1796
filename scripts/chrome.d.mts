export declare function chromePath(): string;
export declare const CHROME_ARGS: readonly string[];
