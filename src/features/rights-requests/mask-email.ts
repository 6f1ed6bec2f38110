/**
 * Enough of an address to recognise it, too little for a shoulder-surfer (QUALITY check 12):
 * "zyx.canary+pii@example.test" → "z•••@example.test". The same rule as the contact form's receipt; features
 * cannot share code, so it should move to lib/ (noted for the lead).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '•••'
  return `${email.charAt(0)}•••${email.slice(at)}`
}
