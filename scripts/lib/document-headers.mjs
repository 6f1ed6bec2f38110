/**
 * The response headers production hosting must send (ASVS5 3.4, browser security headers). `vite preview` sends
 * them too (vite.config.ts), so the browser tests check the same set the host serves.
 *
 * The CSP allows only same-origin code and styles: the build emits no inline script or style (React sets
 * inline styles through the CSSOM, which CSP does not govern), and Tailwind's CSS may carry `data:` images.
 * `worker-src 'self'` is added only for mock builds (MSW's service worker, which production never serves).
 * Types: document-headers.d.mts (the project has no allowJs).
 */

/** @type {readonly (readonly [string, string])[]} */
const productionCspDirectives = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'self'"],
]

/**
 * The Content-Security-Policy value, with `worker-src 'self'` only when the mock worker is on.
 * @param {{ mockServiceWorker: boolean }} options
 */
export function contentSecurityPolicy({ mockServiceWorker }) {
  const directives = mockServiceWorker
    ? [...productionCspDirectives, ['worker-src', "'self'"]]
    : productionCspDirectives
  return directives.map(([name, value]) => `${name} ${value}`).join('; ')
}

/** One year (sent over HTTPS; browsers ignore HSTS on http://localhost). */
export const hstsMaxAgeSeconds = 31_536_000

/** Headers for every response, CSP excluded: also safe on the dev server, whose HMR needs inline code. */
export const baselineHeaders = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': `max-age=${String(hstsMaxAgeSeconds)}; includeSubDomains`,
})

/**
 * Baseline plus the CSP: what every response of the built app carries (Cache-Control is set per path).
 * @param {{ mockServiceWorker: boolean }} options
 */
export function securityHeaders(options) {
  return { ...baselineHeaders, 'Content-Security-Policy': contentSecurityPolicy(options) }
}

/** The HTML document is revalidated on every load, so a deploy takes effect at once. */
export const documentCacheControl = 'no-cache'
/** Files under /assets/ carry a content hash in their name, so they never change. */
export const hashedAssetCacheControl = 'public, max-age=31536000, immutable'

/**
 * Cache-Control by request path: hashed assets are immutable; the rest (HTML, favicon, worker) revalidates.
 * @param {string} pathname
 */
export function cacheControlFor(pathname) {
  return pathname.startsWith('/assets/') ? hashedAssetCacheControl : documentCacheControl
}

/**
 * The full header set of the HTML document, as the host must send it for `/` and every SPA route.
 * @param {{ mockServiceWorker: boolean }} options
 */
export function documentHeaders(options) {
  return { ...securityHeaders(options), 'Cache-Control': documentCacheControl }
}

/**
 * Parses a CSP header into its directives (name → source list), lower-casing the names.
 * @param {string} header
 */
export function parseCsp(header) {
  /** @type {Map<string, string[]>} */
  const directives = new Map()
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  return directives
}
