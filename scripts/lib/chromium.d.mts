// Types for chromium.mjs, so playwright.config.ts can import it under tsc (the project has no allowJs).
export declare const INSTALL_COMMAND: string
export declare function chromiumCandidates(): string[]
export declare function findChromium(): string | undefined
export declare const isRoot: boolean
export declare const chromiumArgs: string[]
