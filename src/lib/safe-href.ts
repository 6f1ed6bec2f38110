type SafeHrefOptions = {
  /** Allow `mailto:` links (for contact addresses); `https:` is always allowed. */
  allowMailto?: boolean
}

/**
 * Returns a URL that is safe to put in `href`, or null.
 *
 * ASVS5 1.2.2: a server- or user-supplied URL may only become a link when it is `https:`
 * (or `mailto:` where intended). React 19 blocks `javascript:` URLs but not `data:` ones, so we
 * allowlist instead of blocklisting. The value is parsed with the WHATWG URL parser, the same
 * algorithm the browser uses, so tricks such as leading whitespace, tabs or mixed case in the
 * scheme are resolved exactly as the browser would; relative URLs are refused (in-app links go
 * through react-router's `Link`). The normalised `href` is returned, so what was checked is what
 * is rendered.
 */
export function safeHref(value: string, { allowMailto = false }: SafeHrefOptions = {}): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol === 'https:') return url.href
  if (allowMailto && url.protocol === 'mailto:') return url.href
  return null
}
