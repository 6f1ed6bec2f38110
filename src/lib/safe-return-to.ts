/**
 * Where to go after sign-in: only a path on this origin (ASVS5 3.7.2: no open redirects).
 * `//evil.test`, `/\evil.test`, `https:…` and anything with control characters fall back to `fallback`.
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  // \p{Cc}: C0 controls, DEL and C1 controls, which browsers strip or mangle when parsing a URL.
  if (value.includes('\\') || /\p{Cc}/u.test(value)) return fallback
  const base = 'https://privacy-centre.invalid'
  try {
    const url = new URL(value, base)
    if (url.origin !== base) return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}
