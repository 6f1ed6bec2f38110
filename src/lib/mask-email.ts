/**
 * Shows enough of an address for the person to recognise it, and too little for a shoulder-surfer or a
 * screenshot to reveal it (ASVS5 14.2.6): the first character of the local part, then "•••", then
 * the domain, e.g. "zyx.canary+pii@example.test" → "z•••@example.test". An address without "@" is
 * masked whole.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '•••'
  const [first = ''] = email.slice(0, at)
  return `${first}•••${email.slice(at)}`
}
