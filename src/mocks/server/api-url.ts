import { env } from '#src/config/env'

/**
 * Resolves a contract path template against the same base URL the API client uses (MSW's
 * "using base URL" recipe). Plain concatenation, not `new URL(path, base)`, which would drop the
 * base's own path ("/api") because contract paths start with "/".
 */
export function apiUrl(path: `/${string}`): string {
  return `${env.apiBaseUrl.replace(/\/+$/, '')}${path}`
}

/** True for any URL under the API base: the browser warns about these when no handler matches. */
export function isApiUrl(url: string): boolean {
  const base = env.apiBaseUrl.replace(/\/+$/, '')
  return url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)
}
