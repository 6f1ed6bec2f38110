// Types for document-headers.mjs, so vite.config.ts and the tests can import it under tsc (no allowJs).
export type HeaderOptions = {
  /** True for the mock/demo builds, which register MSW's service worker. Never true in production. */
  readonly mockServiceWorker: boolean
}
export declare function contentSecurityPolicy(options: HeaderOptions): string
export declare const hstsMaxAgeSeconds: number
export declare const baselineHeaders: Readonly<Record<string, string>>
export declare function securityHeaders(options: HeaderOptions): Record<string, string>
export declare const documentCacheControl: string
export declare const hashedAssetCacheControl: string
export declare function cacheControlFor(pathname: string): string
export declare function documentHeaders(options: HeaderOptions): Record<string, string>
export declare function parseCsp(header: string): Map<string, string[]>
